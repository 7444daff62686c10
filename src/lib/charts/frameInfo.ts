/** What the frame under a chart says: notes for the badges used and the documents cited. */
import { chartNoteKeys } from './notes.ts';
import type { MarkDatum } from './types.ts';
import type { DocumentSummary } from '../db/types.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../url/state.ts';

export function noteTexts(values: readonly MarkDatum[], latest: boolean, lang: Lang): string[] {
  const rows = values.flatMap((v) => (v.row && v.value !== null ? [v.row] : []));
  return chartNoteKeys(rows, latest).map((k) => t(lang, k));
}

/** "利通区 2016 · 利通区法治政府建设工作报告" per cited document (file name until the list is loaded). */
/** The documents the values come from, sorted and unique. */
export function citedFiles(values: readonly MarkDatum[]): string[] {
  return [...new Set(values.flatMap((v) => (v.row?.doc_file ? [v.row.doc_file] : [])))].sort();
}

export function sourceLabels(values: readonly MarkDatum[], docs: ReadonlyMap<string, DocumentSummary>): string[] {
  const files = citedFiles(values);
  return files.map((f) => {
    const d = docs.get(f);
    if (!d) return f;
    const who = [d.jurisdiction, d.report_year].filter((x) => x !== null && x !== '').join(' ');
    return d.title ? (who ? `${who} · ${d.title}` : d.title) : who || f;
  });
}

/** Rows for CSV export: one flat object per value (no-data rows included, value empty). */
export function exportRows(values: readonly MarkDatum[]): object[] {
  return values.map((v) => ({
    jurisdiction_id: v.jurisdictionId,
    jurisdiction: v.nameZh,
    year: v.year,
    value: v.value,
    unit: v.row?.unit ?? null,
    period: v.row?.period ?? null,
    qualifier: v.row?.qualifier ?? null,
    failed_checks: v.row?.failed_checks ?? null,
    doc_file: v.row?.doc_file ?? null,
    fact_id: v.row?.fact_id ?? null,
    evidence: v.row?.evidence ?? null,
  }));
}
