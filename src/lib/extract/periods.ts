import type { Period } from '../tables/types.ts';

/**
 * The period a figure belongs to, read from the time expressions before it in its sentence
 * (the nearest one wins): 上半年 → h1; 今年以来 / 截至目前 / 截至11月底 → ytd; 今年 / 全年 /
 * the report's own year → year; any other named year → other_year (with period_year).
 * No expression → the year the report covers.
 */

export interface PeriodInfo {
  period: Period;
  period_year: number | null;
}

interface TimeMark {
  start: number;
  end: number;
  kind: 'h1' | 'ytd' | 'year' | 'prev' | 'explicit';
  year: number | null; // explicit year, when written
}

// Order matters: longer forms before the bare year.
const TIME_RE = new RegExp(
  [
    '(?<yh1>(?:19|20)[0-9]{2})年(?:度)?上半年',
    '(?<h1>上半年)',
    '(?<ytd>今年以来|年初以来|本年以来|截至目前|截止目前|截至目前为止|截至当前|截至[0-9一二三四五六七八九十]+月(?:底|末|份)?|截止[0-9一二三四五六七八九十]+月(?:底|末|份)?|1[-至~][0-9]+月)',
    '(?<yytd>(?:截至|截止)(?:19|20)[0-9]{2}年(?:[0-9]+月)?)',
    // 上年结转 (carried over) and 较上年 (compared with) name last year without dating the figure.
    '(?<prev>(?<![较比于])(?:去年|上年|上一年)(?!度?结转|同期))',
    '(?<cur>今年|本年度|本年|全年|年内)',
    '(?<year>(?<![0-9\\-—~至])(?:19|20)[0-9]{2})年(?:度)?(?!第|[-—~至])',
    '(?<bare>(?<![0-9])(?:19|20)[0-9]{2})(?=总共|共计|全年)',
  ].join('|'),
  'g',
);

/** Time expressions in text[from, to), skipping those inside 《…》 titles and (…) asides closed before `to`. */
export function timeMarks(t: string, from: number, to: number): TimeMark[] {
  const slice = t.slice(from, to);
  const marks: TimeMark[] = [];
  for (const m of slice.matchAll(TIME_RE)) {
    const at = m.index;
    if (insideBrackets(slice, at, '《', '》') || insideBrackets(slice, at, '(', ')')) continue;
    const g = m.groups!;
    const start = from + at;
    const end = start + m[0].length;
    if (g.yh1) marks.push({ start, end, kind: 'h1', year: Number(g.yh1) });
    else if (g.h1) marks.push({ start, end, kind: 'h1', year: null });
    else if (g.ytd) marks.push({ start, end, kind: 'ytd', year: null });
    else if (g.yytd) {
      const y = Number(g.yytd.match(/(?:19|20)[0-9]{2}/)![0]);
      const month = g.yytd.match(/年([0-9]+)月/);
      marks.push({ start, end, kind: month && Number(month[1]) < 12 ? 'ytd' : 'explicit', year: y });
    } else if (g.prev) marks.push({ start, end, kind: 'prev', year: null });
    else if (g.cur) marks.push({ start, end, kind: 'year', year: null });
    else if (g.year) marks.push({ start, end, kind: 'explicit', year: Number(g.year) });
    else if (g.bare) marks.push({ start, end, kind: 'explicit', year: Number(g.bare) });
  }
  return marks;
}

/** True when position `at` of s lies in an open…close span that closes again before the end of s. */
function insideBrackets(s: string, at: number, open: string, close: string): boolean {
  const lastOpen = s.lastIndexOf(open, at);
  if (lastOpen < 0 || s.lastIndexOf(close, at) > lastOpen) return false;
  return s.indexOf(close, at) >= 0;
}

const FRONTED_REACH = 300;

/**
 * Period of a figure at `pos`: the nearest time expression before it in its sentence; failing
 * that, the last fronted time adverbial (今年以来，/ 2015年，) earlier in its paragraph, which
 * governs the sentences after it.
 */
export function periodAt(t: string, lineStart: number, sentenceStart: number, pos: number, reportYear: number | null): PeriodInfo {
  const marks = timeMarks(t, sentenceStart, pos);
  const last = marks[marks.length - 1];
  if (last) return periodOf(last, reportYear);
  // Only a nearby adverbial governs (texts flattened to one line have no paragraph breaks).
  const from = Math.max(lineStart, sentenceStart - FRONTED_REACH);
  const fronted = timeMarks(t, from, sentenceStart).filter((m) => /[,，]/.test(t[m.end] ?? ''));
  return periodOf(fronted[fronted.length - 1], reportYear);
}

function periodOf(mark: TimeMark | undefined, reportYear: number | null): PeriodInfo {
  if (!mark) return { period: 'year', period_year: reportYear };
  switch (mark.kind) {
    case 'h1':
    case 'ytd': {
      const y = mark.year ?? reportYear;
      if (reportYear !== null && y !== reportYear) return { period: 'other_year', period_year: y };
      return { period: mark.kind, period_year: y };
    }
    case 'prev':
      return reportYear === null ? { period: 'other_year', period_year: null } : { period: 'other_year', period_year: reportYear - 1 };
    case 'year':
      return { period: 'year', period_year: reportYear };
    case 'explicit':
      if (reportYear === null || mark.year === reportYear) return { period: 'year', period_year: mark.year };
      return { period: 'other_year', period_year: mark.year };
  }
}
