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
