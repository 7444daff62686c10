import type { CheckRow, FactRow } from '../tables/types.ts';
import { fmt, makeCheck, periodLabel, sameScope, type SentenceOf } from './checkHelpers.ts';

/**
 * Breakdowns (其中…) must not sum above their total: detail facts of the same indicator and
 * period that follow a headline figure in the same sentence, up to the next headline.
 */
export function checkBreakdownsVsTotals(facts: FactRow[], sentenceOf: SentenceOf): CheckRow[] {
  const rows: CheckRow[] = [];
  const headlines = facts.filter((f) => f.role === 'headline' && f.unit !== 'percent');
  for (const total of headlines) {
    const s = sentenceOf(total);
    if (s < 0) continue;
    const same = facts
      .filter((f) => f !== total && f.indicator_id === total.indicator_id && sameScope(f, total) && sentenceOf(f) === s && f.value_start > total.value_start)
      .sort((a, b) => a.value_start - b.value_start);
    const nextHeadline = same.findIndex((f) => f.role === 'headline');
    const details = (nextHeadline < 0 ? same : same.slice(0, nextHeadline)).filter((f) => f.role === 'detail');
    if (!details.length) continue;
    const sum = details.reduce((acc, f) => acc + f.value, 0);
    const ok = sum <= total.value + 1e-9 || total.qualifier === 'at_least' || total.qualifier === 'approx';
    const parts = details.map((d) => fmt(d.value)).join(' + ');
    const message = ok
      ? `breakdown of ${total.indicator_id} ${parts} = ${fmt(sum)} fits within the total ${fmt(total.value)} (${periodLabel(total)})`
      : `breakdown of ${total.indicator_id} ${parts} = ${fmt(sum)} exceeds the total ${fmt(total.value)} (${periodLabel(total)})`;
    rows.push(makeCheck('breakdown_vs_total', [total, ...details], ok ? 'pass' : 'fail', total.value, sum, message));
  }
  return rows;
}
