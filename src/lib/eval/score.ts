import type { DocumentRow, FactRow } from '../tables/types.ts';
import { chartedFact } from './charted.ts';
import type { GoldDocument, GoldFact } from './gold.ts';

/** Extraction and metadata scoring exactly as /work/shared/gold/README.md defines it. Pure. */

export const VALUE_TOLERANCE = 0.005;

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOLERANCE + 1e-9;
}

export interface PredictedFact {
  doc: string;
  indicator: string;
  value: number;
  role: FactRow['role'];
  period: FactRow['period'];
  period_year: number | null;
  evidence: string;
}

export function toPredicted(f: FactRow): PredictedFact {
  return { doc: f.doc_file, indicator: f.indicator_id, value: f.value, role: f.role, period: f.period, period_year: f.period_year, evidence: f.evidence };
}

export interface WrongHeadline {
  doc: string;
  indicator: string;
  expected: GoldFact;
  charted: PredictedFact | null;
}

export interface ExtractionScore {
  precision: number;
  recall: number;
  headline: number;
  predicted: number;
  truePositives: number;
  goldHeadlines: number;
  recalled: number;
  headlinePairs: number;
  headlineCorrect: number;
  periodAgreement: number; // diagnostic: matched predictions whose period agrees with a matching gold fact
  falsePositives: PredictedFact[];
  misses: GoldFact[]; // gold headline facts no prediction matches
  wrongHeadlines: WrongHeadline[];
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const pairKey = (doc: string, indicator: string): string => `${doc}\u0000${indicator}`;

export function scoreExtraction(predicted: readonly PredictedFact[], gold: readonly GoldFact[], vocabulary: readonly string[]): ExtractionScore {
  const vocab = new Set(vocabulary);
  const scored = predicted.filter((p) => vocab.has(p.indicator));
  const goldByPair = groupBy(gold, (g) => pairKey(g.doc, g.indicator));
  const predByPair = groupBy(scored, (p) => pairKey(p.doc, p.indicator));

  const falsePositives = scored.filter((p) => !(goldByPair.get(pairKey(p.doc, p.indicator)) ?? []).some((g) => sameValue(g.value, p.value)));
  const headlines = gold.filter((g) => g.role === 'headline');
  const misses = headlines.filter((g) => !(predByPair.get(pairKey(g.doc, g.indicator)) ?? []).some((p) => sameValue(g.value, p.value)));

  const wrongHeadlines: WrongHeadline[] = [];
  const headlinePairs = groupBy(headlines, (g) => pairKey(g.doc, g.indicator));
  for (const [key, goldFacts] of headlinePairs) {
    const expected = chartedFact(goldFacts)!;
    const charted = chartedFact(predByPair.get(key) ?? []);
    if (!charted || !sameValue(charted.value, expected.value)) {
      wrongHeadlines.push({ doc: expected.doc, indicator: expected.indicator, expected, charted });
    }
  }
  const tp = scored.length - falsePositives.length;
  const periodOk = scored.filter((p) =>
    (goldByPair.get(pairKey(p.doc, p.indicator)) ?? []).some((g) => sameValue(g.value, p.value) && g.period === p.period && g.period_year === p.period_year),
  ).length;
  return {
    precision: ratio(tp, scored.length),
    recall: ratio(headlines.length - misses.length, headlines.length),
    headline: ratio(headlinePairs.size - wrongHeadlines.length, headlinePairs.size),
    predicted: scored.length,
    truePositives: tp,
    goldHeadlines: headlines.length,
    recalled: headlines.length - misses.length,
    headlinePairs: headlinePairs.size,
    headlineCorrect: headlinePairs.size - wrongHeadlines.length,
    periodAgreement: ratio(periodOk, tp),
    falsePositives,
    misses,
    wrongHeadlines,
  };
}

export const METADATA_FIELDS = ['jurisdiction', 'parent', 'province', 'admin_level', 'doc_type', 'report_year', 'published', 'title'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface MetadataMismatch {
  doc: string;
  field: MetadataField;
  expected: string | number | null;
  actual: string | number | null;
}

export interface MetadataScore {
  documents: number; // gold documents scored
  accuracy: Record<MetadataField, number>;
  mismatches: MetadataMismatch[];
}

/** Per-field accuracy of detected metadata over the gold documents (a missing document counts as all wrong). */
export function scoreMetadata(docs: readonly Pick<DocumentRow, 'doc_file' | MetadataField>[], gold: readonly GoldDocument[]): MetadataScore {
  const byFile = new Map(docs.map((d) => [d.doc_file, d]));
  const mismatches: MetadataMismatch[] = [];
  const correct = Object.fromEntries(METADATA_FIELDS.map((f) => [f, 0])) as Record<MetadataField, number>;
  for (const g of gold) {
    const d = byFile.get(g.file);
    for (const field of METADATA_FIELDS) {
      const actual = d ? d[field] : null;
      if (d && actual === g[field]) correct[field]++;
      else mismatches.push({ doc: g.file, field, expected: g[field], actual });
    }
  }
  const accuracy = Object.fromEntries(METADATA_FIELDS.map((f) => [f, ratio(correct[f], gold.length)])) as Record<MetadataField, number>;
  return { documents: gold.length, accuracy, mismatches };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}
