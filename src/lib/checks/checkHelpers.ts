import type { CheckRow, CheckStatus, CheckType, FactRow } from '../tables/types.ts';

/** Shared pieces of the consistency checks: scopes, sentences, precision, row building. */

/** Facts are only ever compared within the same period and period_year. */
export function periodKey(f: FactRow): string {
  return `${f.period}|${f.period_year ?? ''}`;
}

export function sameScope(a: FactRow, b: FactRow): boolean {
  return a.doc_file === b.doc_file && periodKey(a) === periodKey(b);
}

const SENTENCE_END = /[。！？!?\n]/;

/**
 * Index of the sentence (text between 。！？ or line breaks) holding an offset. Facts in the
 * same sentence describe the same scope far more often than facts paragraphs apart.
 */
export function sentenceIndexer(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i]!)) ends.push(i);
  return (offset) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Sentence of a fact's value, keyed by document; -1 when the document text is unknown. */
export type SentenceOf = (f: FactRow) => number;

export function sentenceOfFacts(texts: ReadonlyMap<string, string>): SentenceOf {
  const cache = new Map<string, (offset: number) => number>();
  return (f) => {
    let idx = cache.get(f.doc_file);
    if (!idx) {
      const text = texts.get(f.doc_file);
      idx = text === undefined ? () => -1 : sentenceIndexer(text);
      cache.set(f.doc_file, idx);
    }
    return idx(f.value_start);
  };
}

/** Decimal places of the number as written (98.79% → 2, 95% → 0); falls back to the value. */
export function statedDecimals(f: FactRow): number {
  const written = f.value_text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /\d+(?:\.(\d+))?/.exec(written);
  if (m) return m[1]?.length ?? 0;
  const s = String(f.value);
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/** Half a unit in the last stated decimal place: what rounding to that precision can hide. */
export function roundingTolerance(f: FactRow): number {
  return 0.5 * 10 ** -statedDecimals(f) + 1e-9;
}

export function round(value: number, decimals = 4): number {
  const p = 10 ** decimals;
  return Math.round(value * p) / p;
}

export function fmt(value: number): string {
  return String(round(value, 4));
}

export function periodLabel(f: FactRow): string {
  return `${f.period}${f.period_year === null ? '' : ` ${f.period_year}`}`;
}

/**
 * The candidate that best shares a fact's scope: same document and period, same sentence,
 * nearest by offset. Without one, a headline fact pairs with the first headline candidate
 * (both then describe the jurisdiction as a whole).
 */
export function findPartner(fact: FactRow, candidates: FactRow[], sentenceOf: SentenceOf): FactRow | null {
  const scoped = candidates.filter((c) => c !== fact && sameScope(c, fact));
  const s = sentenceOf(fact);
  const near = scoped
    .filter((c) => s >= 0 && sentenceOf(c) === s)
    .sort((a, b) => Math.abs(a.value_start - fact.value_start) - Math.abs(b.value_start - fact.value_start) || a.value_start - b.value_start);
  if (near.length) return near[0]!;
  if (fact.role !== 'headline') return null;
  return scoped.filter((c) => c.role === 'headline').sort((a, b) => a.value_start - b.value_start)[0] ?? null;
}

export function makeCheck(
  type: CheckType,
  facts: FactRow[],
  status: CheckStatus,
  expected: number | null,
  observed: number | null,
  message: string,
): CheckRow {
  const fact_ids = facts.map((f) => f.fact_id).join(',');
  return {
    check_id: `${type}:${fact_ids}`,
    doc_file: facts[0]!.doc_file,
    jurisdiction_id: facts[0]!.jurisdiction_id,
    check_type: type,
    status,
    fact_ids,
    expected: expected === null ? null : round(expected),
    observed: observed === null ? null : round(observed),
    message,
  };
}

export function byIndicator(facts: FactRow[], indicator: string): FactRow[] {
  return facts.filter((f) => f.indicator_id === indicator);
}
