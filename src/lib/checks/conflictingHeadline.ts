import type { CheckRow, FactRow } from '../tables/types.ts';
import { fmt, makeCheck, periodKey, periodLabel } from './checkHelpers.ts';
import { compareCodePoints } from '../tables/order.ts';

/**
 * Two headline facts for the same jurisdiction, indicator, period and period_year must agree,
 * whether they come from one document or several. Facts without a jurisdiction are grouped by
 * document.
 */
export function checkConflictingHeadlines(facts: FactRow[]): CheckRow[] {
  const groups = new Map<string, FactRow[]>();
  for (const f of facts) {
    if (f.role !== 'headline') continue;
    const key = [f.jurisdiction_id ?? `doc:${f.doc_file}`, f.indicator_id, periodKey(f)].join('|');
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const rows: CheckRow[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => compareCodePoints(a.doc_file, b.doc_file) || a.value_start - b.value_start);
    const first = sorted[0]!;
    const other = sorted.find((f) => Math.abs(f.value - first.value) > 0.005);
    const listed = sorted.map((f) => `${fmt(f.value)} (${f.doc_file})`).join(', ');
    const message = other
      ? `${sorted.length} different headline values for ${first.indicator_id} (${periodLabel(first)}): ${listed}`
      : `${sorted.length} headline mentions of ${first.indicator_id} (${periodLabel(first)}) agree: ${listed}`;
    rows.push(makeCheck('conflicting_headline', sorted, other ? 'fail' : 'pass', first.value, (other ?? first).value, message));
  }
  return rows;
}
