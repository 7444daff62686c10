import type { CheckRow, FactRow } from '../tables/types.ts';
import { byIndicator, findPartner, fmt, makeCheck, periodLabel, type SentenceOf } from './checkHelpers.ts';

/** A count that is part of another (resolved of disputes, answered of received) cannot exceed it. */

export interface PartWhole {
  part: string;
  whole: string;
}

export const PART_WHOLE_PAIRS: readonly PartWhole[] = [
  { part: 'mediation.resolved', whole: 'mediation.disputes' },
  { part: 'reconsideration.closed', whole: 'reconsideration.received' },
  { part: 'reconsideration.corrected', whole: 'reconsideration.closed' },
  { part: 'litigation.cases_closed', whole: 'litigation.cases_received' },
  { part: 'disclosure.requests_answered', whole: 'disclosure.requests_received' },
];

export function checkPartsLeWholes(facts: FactRow[], sentenceOf: SentenceOf, pairs: readonly PartWhole[] = PART_WHOLE_PAIRS): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const pair of pairs) {
    const wholes = byIndicator(facts, pair.whole);
    for (const part of byIndicator(facts, pair.part)) {
      const whole = findPartner(part, wholes, sentenceOf);
      if (!whole) continue;
      const ok = part.value <= whole.value;
      const message = ok
        ? `${pair.part} ${fmt(part.value)} ≤ ${pair.whole} ${fmt(whole.value)} (${periodLabel(part)})`
        : `${pair.part} ${fmt(part.value)} exceeds ${pair.whole} ${fmt(whole.value)} (${periodLabel(part)})`;
      rows.push(makeCheck('part_le_whole', [part, whole], ok ? 'pass' : 'fail', whole.value, part.value, message));
    }
  }
  return rows;
}
