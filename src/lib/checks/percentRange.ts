import type { CheckRow, FactRow } from '../tables/types.ts';
import { fmt, makeCheck } from './checkHelpers.ts';

/** A percentage must lie within 0–100. */
export function checkPercentRanges(facts: FactRow[]): CheckRow[] {
  return facts
    .filter((f) => f.unit === 'percent')
    .map((f) => {
      const ok = f.value >= 0 && f.value <= 100;
      const message = ok ? `${f.indicator_id} ${fmt(f.value)}% is within 0–100` : `${f.indicator_id} ${fmt(f.value)}% is outside 0–100`;
      return makeCheck('percent_range', [f], ok ? 'pass' : 'fail', null, f.value, message);
    });
}
