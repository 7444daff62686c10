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
