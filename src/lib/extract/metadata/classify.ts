import type { DocType } from '../../tables/types.ts';
import { isFurniture, type Line } from './lines.ts';

/**
 * Document type and the year a report covers, from its title (and, failing that, its
 * opening paragraph and dates).
 */

const ANNUAL_REPORT = /(法治政府建设|法治政府|依法行政)[^,。]*报告$/;
const WORK_PLAN = /(工作安排|工作要点|实施方案)/;

/** The first substantial paragraph of the body (the report's own opening words). */
export function openingParagraph(lines: readonly Line[]): string {
  return lines.find((l) => l.text.length > 40 && !isFurniture(l.text))?.text ?? '';
}

export function classifyDocType(title: string | null, lines: readonly Line[]): DocType {
  if (title) {
    title = title.replace(/\s*\([^()]*\)$/, ''); // a trailing (全文), (2021年) …
    if (ANNUAL_REPORT.test(title)) return 'annual_report';
    if (WORK_PLAN.test(title)) return 'work_plan';
    return 'other';
  }
  // Untitled page: a report on 法治政府建设 says so in its first paragraph.
  const opening = openingParagraph(lines);
  return /法治政府建设/.test(opening) && !/信息公开/.test(opening) ? 'annual_report' : 'other';
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** The first year in `s`: 2019年, 2021-2025年 (its start), or 二〇一九年 (○ and 零 as zero). */
function yearIn(s: string | null): number | null {
  const m = s ? /((?:19|20)\d{2})\s*(?:年|[-—–~至]\s*(?:19|20)\d{2}\s*年)|([一二][〇○零一二三四五六七八九]{3})年/.exec(s) : null;
  if (!m) return null;
  if (m[1]) return Number(m[1]);
  const digits = [...m[2]!].map((c) => CHINESE_DIGITS.indexOf(c.replace(/[○零]/, '〇')));
  return Number(digits.join(''));
}

/** A body paragraph that opens with the year it reports on: "2020年,全市…", "2024年新受理…". */
const YEAR_OPENING = /^((?:19|20)\d{2})\s*年度?(?!以来|以前|前|底|初|末|\d|-|—|至)/;
const BODY_LINES = 12;

function bodyYear(lines: readonly Line[]): number | null {
  const body = lines.filter((l) => l.text.length > 20 && !isFurniture(l.text)).slice(0, BODY_LINES);
  for (const l of body) {
    const m = YEAR_OPENING.exec(l.text);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The year covered: the year in the title; else a signing date (a report signed in
 * October or later covers that year, earlier the year before); else the year a body
 * paragraph opens with; else from the publication date (a plan is for its own year, a
 * report published in the first half-year is about the year before).
 */
export function detectReportYear(
  title: string | null,
  lines: readonly Line[],
  signed: string | null,
  published: string | null,
  docType: DocType,
): number | null {
  const fromTitle = yearIn(title);
  if (fromTitle) return fromTitle;
  if (signed) {
    const [y, m] = signed.split('-').map(Number) as [number, number];
    return docType === 'work_plan' || m >= 10 ? y : y - 1;
  }
  const fromBody = bodyYear(lines);
  if (fromBody) return fromBody;
  if (published) {
    const [y, m] = published.split('-').map(Number) as [number, number];
    return docType === 'work_plan' || m > 6 ? y : y - 1;
  }
  return null;
}
