import type { Line } from './lines.ts';

/**
 * Dates as written in Chinese web pages: 2020-04-01, 2020/04/01, 2020.4.1, 2020年4月1日,
 * 2019年05月28日, optionally followed by a time. Output is ISO YYYY-MM-DD.
 */

const DATE = /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseDate(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!valid(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Publication-date labels, by preference: the web page's own 发布 date first, then an
 * update or bare 时间/日期 stamp, then the document's signing date (成文日期).
 */
const PUBLISHED_LABELS: readonly RegExp[] = [
  /(发布日期|发布时间|发布时期|发稿时间|发表时间|发文日期|上传时间)\s*[:：]?\s*/,
  /(更新时间|更新日期)\s*[:：]?\s*/,
  /(?<![\u4e00-\u9fa5])(时间|日期)\s*[:：]\s*/,
  /(成文日期|公文生成日期|生成日期|印发日期)\s*[:：]?\s*/,
];

/** How far into the text page metadata can be (it sits above the report body)… */
const HEADER_LINES = 60;
/** … or, on some sites, below it. */
const FOOTER_LINES = 20;

function labelledDate(lines: readonly Line[], labels: readonly RegExp[]): string | null {
  for (const label of labels) {
    for (const { text } of lines) {
      if (/今天是/.test(text)) continue; // the visitor's clock, not the page's
      const m = label.exec(text);
      if (!m) continue;
      const date = parseDate(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (date) return date;
    }
  }
  return null;
}

export function findPublished(lines: readonly Line[]): string | null {
  const header = lines.slice(0, HEADER_LINES);
  const footer = lines.length > HEADER_LINES ? lines.slice(-FOOTER_LINES) : [];
  const labelled = labelledDate(header, PUBLISHED_LABELS) ?? labelledDate(footer, PUBLISHED_LABELS.slice(0, 1));
  if (labelled) return labelled;
  // Last resort: a bare ISO stamp on its own line above the body (2020-04-01 10:29).
  for (const { text } of header) {
    if (/^(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(text)) return parseDate(text);
  }
  return null;
}

/**
 * The report's signing date: a date alone on a line (or in brackets) in the opening or at
 * the end, e.g. "(2016年12月27日)". Used only to infer the year covered when nothing else says it.
 */
export function findSigningDate(lines: readonly Line[]): string | null {
  const ends = lines.length > HEADER_LINES ? [...lines.slice(0, HEADER_LINES), ...lines.slice(-FOOTER_LINES)] : lines;
  for (const { text } of ends) {
    const bare = text.replace(/^[(（]|[)）]$/g, '').trim();
    if (/^(19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(bare)) return parseDate(bare);
  }
  return null;
}
