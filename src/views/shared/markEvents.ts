/** Shared hover/focus/activate wiring for chart marks (pure helpers the chart components call). */
export interface ActiveMark<D> {
  datum: D;
  x: number;
  y: number;
}

/** Enter or Space activates a focused mark like a click. */
export function isActivateKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' || e.key === ' ';
}

/** Escape hides a tooltip without moving focus. */
export function isDismissKey(e: KeyboardEvent): boolean {
  return e.key === 'Escape';
}

/**
 * The accessible name of a value mark: "name year: value (badges)". The caller passes the value
 * already formatted (or its "no data" text), since that differs by chart (per-capita, units).
 */
export function markAriaLabel<K>(d: { label: string; year: number | null; badges: readonly K[] }, valueText: string, badgeText: (k: K) => string): string {
  const b = d.badges.map(badgeText).join(' ');
  return `${d.label}${d.year !== null ? ` ${d.year}` : ''}: ${valueText}${b ? ` (${b})` : ''}`;
}

/**
 * One set of handlers for all the cells of a matrix, on their common parent (a thousand cells × six
 * listeners each made opening Coverage slow). A cell is any element with class `cell` and a
 * `data-key` that `lookup` knows.
 */
export function delegatedCells<C>(
  lookup: (key: string) => C | undefined,
  on: { show: (cell: C) => void; hide: () => void; shown: () => C | undefined; activate: (cell: C) => void },
) {
  const cellOf = (target: EventTarget | null): C | undefined => {
    const el = target instanceof Element ? target.closest<SVGElement>('.cell') : null;
    const key = el?.dataset.key;
    return key !== undefined ? lookup(key) : undefined;
  };
  return {
    onOver(e: Event) {
      const c = cellOf(e.target);
      if (c && on.shown() !== c) on.show(c);
    },
    /** Leaving a cell (not just moving between its parts) hides the tooltip. */
    onOut(e: MouseEvent | FocusEvent) {
      if (cellOf(e.target) && cellOf(e.relatedTarget) !== cellOf(e.target)) on.hide();
    },
    onClick(e: MouseEvent) {
      const c = cellOf(e.target);
      if (c) on.activate(c);
    },
    onKey(e: KeyboardEvent) {
      const c = cellOf(e.target);
      if (!c) return;
      if (isDismissKey(e)) on.hide();
      if (isActivateKey(e)) {
        e.preventDefault();
        on.activate(c);
      }
    },
  };
}
