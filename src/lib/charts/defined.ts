/** One home for missing values (Observable Plot's defined.js): null/NaN/±Infinity are "no data", never zero. */
import type { ValueRow } from '../db/types.ts';

export function isDefinedValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export type DefinedValueRow = ValueRow & { value: number; year: number };

/** A row that can be drawn: a finite value for a known year. */
export function hasValue(row: ValueRow): row is DefinedValueRow {
  return isDefinedValue(row.value) && row.year !== null && Number.isFinite(row.year);
}

/** Domain for a linear value scale: starts at zero, falls back to [0, 1] when nothing is defined. */
export function valueDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(isDefinedValue);
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  return hi === lo ? [lo, lo + 1] : [lo, hi];
}
