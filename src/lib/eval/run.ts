import { extractFacts } from '../extract/facts.ts';
import { buildTables, type InputFile } from '../tables/build.ts';
import type { DocumentRow } from '../tables/types.ts';
import { parseGoldDocuments, parseGoldFacts, parseIndicatorIds, type GoldDocument } from './gold.ts';
import { scoreExtraction, scoreMetadata, toPredicted, type ExtractionScore, type MetadataScore, type PredictedFact } from './score.ts';

/** Gold files as text (documents.csv, facts.csv, indicators.csv). */
export interface GoldFiles {
  documents: string;
  facts: string;
  indicators: string;
}

export interface EvalResult {
  metadata: MetadataScore;
  extraction: ExtractionScore;
}

/**
 * Run the pipeline on a corpus and score it. By default metadata is detected from the text
 * (the real pipeline). `goldMeta` (development only) feeds the gold metadata to the
 * extractor instead, to separate extraction errors from metadata errors.
 */
export function runEval(files: InputFile[], gold: GoldFiles, opts: { goldMeta?: boolean } = {}): EvalResult {
  const goldDocs = parseGoldDocuments(gold.documents);
  const tables = buildTables(files);
  const predicted: PredictedFact[] = opts.goldMeta
    ? extractWithGoldMeta(tables.documents, goldDocs)
    : tables.facts.map(toPredicted);
  return {
    metadata: scoreMetadata(tables.documents, goldDocs),
    extraction: scoreExtraction(predicted, parseGoldFacts(gold.facts), parseIndicatorIds(gold.indicators)),
  };
}

function extractWithGoldMeta(docs: readonly DocumentRow[], goldDocs: readonly GoldDocument[]): PredictedFact[] {
  const byFile = new Map(goldDocs.map((g) => [g.file, g]));
  return docs.flatMap((d) => {
    const g = byFile.get(d.doc_file);
    const meta = g ?? d;
    if (meta.doc_type === 'work_plan') return [];
    return extractFacts(d.text, meta).map((f) => ({
      doc: d.doc_file, indicator: f.indicator_id, value: f.value, role: f.role, period: f.period, period_year: f.period_year, evidence: f.evidence,
    }));
  });
}

const f3 = (x: number): string => x.toFixed(3);

/** Human-readable report; the last line is exactly `precision=P recall=R headline=H`. */
export function formatEval(r: EvalResult): string {
  const lines: string[] = [];
  const m = r.metadata;
  lines.push(`metadata accuracy over ${m.documents} documents:`);
  for (const [field, acc] of Object.entries(m.accuracy)) lines.push(`  ${field.padEnd(12)} ${f3(acc)}`);
  for (const mm of m.mismatches) lines.push(`  metadata ${mm.doc} ${mm.field}: expected ${mm.expected ?? '∅'} got ${mm.actual ?? '∅'}`);
  const e = r.extraction;
  lines.push(`false positives (${e.falsePositives.length} of ${e.predicted} predicted):`);
  for (const p of e.falsePositives) lines.push(`  FP ${p.doc} ${p.indicator} ${p.value} [${p.role}/${p.period}] ${p.evidence}`);
  lines.push(`misses (${e.misses.length} of ${e.goldHeadlines} gold headlines):`);
  for (const g of e.misses) lines.push(`  MISS ${g.doc} ${g.indicator} ${g.value} ${g.evidence}`);
  lines.push(`wrong headlines (${e.wrongHeadlines.length} of ${e.headlinePairs} pairs):`);
  for (const w of e.wrongHeadlines) {
    const got = w.charted ? `${w.charted.value} [${w.charted.period}] ${w.charted.evidence}` : 'nothing charted';
    lines.push(`  HEADLINE ${w.doc} ${w.indicator} expected ${w.expected.value} (${w.expected.evidence}) got ${got}`);
  }
  lines.push(`period agreement on matched facts (diagnostic): ${f3(e.periodAgreement)}`);
  lines.push(`precision=${f3(e.precision)} recall=${f3(e.recall)} headline=${f3(e.headline)}`);
  return lines.join('\n');
}
