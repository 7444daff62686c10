import { DOC_STATUSES, type CheckRow, type DocumentRow } from '../../src/lib/tables/types.ts';

/** What the summary needs: the documents (text not used) and table sizes. */
export interface SummaryInput {
  documents: readonly DocumentRow[];
  checks: readonly Pick<CheckRow, 'status'>[];
  nFacts: number;
  nJurisdictions: number;
  nIndicators: number;
}

/** The ingest CLI's report: one line per input file, then totals. Pure (returns text). */

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function formatSummary(tables: SummaryInput, notes: readonly string[] = []): string {
  const header = ['file', 'status', 'encoding', 'jurisdiction', 'year', 'facts', 'message'];
  const rows = tables.documents.map((d) => [
    d.doc_file,
    d.status,
    d.encoding ?? '-',
    d.jurisdiction_id ?? '-',
    d.report_year === null ? '-' : String(d.report_year),
    String(d.n_facts),
    d.message,
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => (i === header.length - 1 ? 0 : displayWidth(r[i]!)))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line)];

  const byStatus = DOC_STATUSES.map((s) => [s, tables.documents.filter((d) => d.status === s).length] as const).filter(([, n]) => n > 0);
  const failed = tables.checks.filter((c) => c.status === 'fail').length;
  out.push('');
  out.push(`files: ${tables.documents.length} (${byStatus.map(([s, n]) => `${n} ${s}`).join(', ') || 'none'})`);
  out.push(`facts: ${tables.nFacts}; jurisdictions: ${tables.nJurisdictions}; indicators: ${tables.nIndicators}`);
  out.push(`checks: ${tables.checks.length} (${tables.checks.length - failed} pass, ${failed} fail)`);
  for (const n of notes) out.push(`note: ${n}`);
  return out.join('\n');
}
