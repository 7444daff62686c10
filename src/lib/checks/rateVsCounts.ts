import type { CheckRow, FactRow } from '../tables/types.ts';
import { byIndicator, findPartner, fmt, makeCheck, periodLabel, roundingTolerance, type SentenceOf } from './checkHelpers.ts';

/** A stated rate against the rate computed from its two counts (part / whole × 100). */

export interface RatePair {
  rate: string;
  part: string;
  whole: string;
}

export const RATE_PAIRS: readonly RatePair[] = [
  { rate: 'mediation.success_rate', part: 'mediation.resolved', whole: 'mediation.disputes' },
  { rate: 'reconsideration.correction_rate', part: 'reconsideration.corrected', whole: 'reconsideration.closed' },
];

/** Does the computed rate agree with the stated one, given its precision and qualifier? */
export function rateAgrees(stated: FactRow, computed: number, countsExact: boolean): boolean {
  let tol = roundingTolerance(stated);
  // 近/约 figures (the rate or its counts) are only roughly right: allow a percentage point.
  if (stated.qualifier === 'approx' || !countsExact) tol = Math.max(tol, 1);
  if (stated.qualifier === 'at_least') return computed >= stated.value - tol;
  if (stated.qualifier === 'at_most') return computed <= stated.value + tol;
  return Math.abs(computed - stated.value) <= tol;
}

interface Candidate {
  rate: FactRow;
  part: FactRow;
  whole: FactRow;
}

/**
 * Two counts determine one rate: when several rates pair with the same counts (直接纠错率 and
 * 综合纠错率 after one pair of counts), only the best one is checked: same role as the
 * counts first, then nearest. The others describe a different scope.
 */
function claimCounts(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  const score = (c: Candidate) => [c.rate.role === c.part.role ? 0 : 1, Math.abs(c.rate.value_start - c.part.value_start), c.rate.value_start];
  for (const c of candidates) {
    const key = `${c.part.fact_id}|${c.whole.fact_id}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, c);
      continue;
    }
    const [a, b] = [score(c), score(prev)];
    const i = a.findIndex((v, k) => v !== b[k]);
    if (i >= 0 && a[i]! < b[i]!) best.set(key, c);
  }
  return [...best.values()];
}

export function checkRatesVsCounts(facts: FactRow[], sentenceOf: SentenceOf, pairs: readonly RatePair[] = RATE_PAIRS): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const pair of pairs) {
    const parts = byIndicator(facts, pair.part);
    const wholes = byIndicator(facts, pair.whole);
    const candidates: Candidate[] = [];
    for (const rate of byIndicator(facts, pair.rate)) {
      const part = findPartner(rate, parts, sentenceOf);
      const whole = findPartner(rate, wholes, sentenceOf);
      if (part && whole && whole.value > 0) candidates.push({ rate, part, whole });
    }
    for (const { rate, part, whole } of claimCounts(candidates)) {
      const computed = (part.value / whole.value) * 100;
      const exact = part.qualifier === 'exact' && whole.qualifier === 'exact';
      const ok = rateAgrees(rate, computed, exact);
      const q = rate.qualifier === 'exact' ? '' : ` (${rate.qualifier})`;
      const message = ok
        ? `${pair.rate} ${fmt(rate.value)}%${q} agrees with ${fmt(part.value)} / ${fmt(whole.value)} = ${fmt(computed)}% (${periodLabel(rate)})`
        : `${pair.rate} is stated as ${fmt(rate.value)}%${q} but ${pair.part} / ${pair.whole} = ${fmt(part.value)} / ${fmt(whole.value)} = ${fmt(computed)}% (${periodLabel(rate)})`;
      rows.push(makeCheck('rate_vs_counts', [rate, part, whole], ok ? 'pass' : 'fail', computed, rate.value, message));
    }
  }
  return rows;
}
