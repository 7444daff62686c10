/**
 * RFC 4180 CSV for chart data downloads. Pure.
 * - UTF-8 byte order mark first, so Excel opens Chinese text as UTF-8 instead of GBK.
 * - CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.
 * - Formula injection: a text cell starting with = + - @ (or tab / CR, which some
 *   spreadsheets strip before evaluating) gets a leading apostrophe. Numbers are left alone,
 *   so -3.5 stays a number.
 */

export const CSV_BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text of one value before escaping: null/undefined/NaN → empty; Dates as ISO; objects as JSON. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

/** One escaped CSV field. */
export function csvCell(value: unknown): string {
  let text = csvText(value);
  // Only text can smuggle a formula; a real number keeps its sign.
  if (typeof value !== 'number' && typeof value !== 'bigint' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns to write: the given list, else every key seen in the rows (first-seen order). */
export function csvColumns(rows: readonly object[], columns?: readonly string[]): string[] {
  if (columns && columns.length) return [...columns];
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** The CSV text (BOM + header + one line per row, CRLF-terminated). */
export function toCsv(rows: readonly object[], columns?: readonly string[]): string {
  const cols = csvColumns(rows, columns);
  const lines = [cols.map(csvCell).join(',')];
  for (const r of rows) {
    const rec = r as Record<string, unknown>;
    lines.push(cols.map((c) => csvCell(rec[c])).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** The CSV as a downloadable Blob. */
export function toCsvBlob(rows: readonly object[], columns?: readonly string[]): Blob {
  return new Blob([toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' });
}
