import type { CheckRow, FactRow } from '../tables/types.ts';
import { checkBreakdownsVsTotals } from './breakdownVsTotal.ts';
import { sentenceOfFacts, type SentenceOf } from './checkHelpers.ts';
import { checkConflictingHeadlines } from './conflictingHeadline.ts';
import { checkPartsLeWholes } from './partLeWhole.ts';
import { checkPercentRanges } from './percentRange.ts';
import { checkRatesVsCounts } from './rateVsCounts.ts';
import { compareCodePoints } from '../tables/order.ts';

export const byCheckId = (a: CheckRow, b: CheckRow) => compareCodePoints(a.check_id, b.check_id);

/** The checks that stay within one document: call with the facts of a single document. */
export function checkDocument(facts: FactRow[], sentenceOf: SentenceOf): CheckRow[] {
  return [
    ...checkRatesVsCounts(facts, sentenceOf),
    ...checkPartsLeWholes(facts, sentenceOf),
    ...checkPercentRanges(facts),
    ...checkBreakdownsVsTotals(facts, sentenceOf),
  ];
}

/** Unique check rows sorted by check_id. */
export function finishChecks(rows: CheckRow[]): CheckRow[] {
  return [...new Map(rows.map((r) => [r.check_id, r])).values()].sort(byCheckId);
}

/**
 * Every consistency check over a fact table, pass and fail rows alike, sorted by check_id.
 * `texts` maps doc_file → document text (used to keep comparisons within a sentence).
 * Per-document checks run document by document, so the cost grows with the corpus, not its square.
 */
export function runChecks(facts: FactRow[], texts: ReadonlyMap<string, string>): CheckRow[] {
  const sentenceOf = sentenceOfFacts(texts);
  const byDoc = new Map<string, FactRow[]>();
  for (const f of facts) {
    const list = byDoc.get(f.doc_file);
    if (list) list.push(f);
    else byDoc.set(f.doc_file, [f]);
  }
  const rows = [...byDoc.values()].flatMap((docFacts) => checkDocument(docFacts, sentenceOf));
  return finishChecks([...rows, ...checkConflictingHeadlines(facts)]);
}
