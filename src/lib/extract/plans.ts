/**
 * Plans state intentions, not results. A whole document can be a plan (工作安排 / 工作要点 /
 * 实施方案), and an annual report usually ends with a plan section (今后的工作打算,
 * 2020年工作计划, 2023年度…主要安排). Numbers in either are not facts.
 */

const PLAN_WORDS = /工作安排|工作要点|实施方案|工作计划|工作方案|行动计划|规划纲要/;
const REPORT_WORDS = /报告|总结|成效|完成情况|工作情况/;

const BREADCRUMB = /[>>|]/;

/**
 * True when the heading lines of the text name it a plan and none names it a report or
 * summary (2018年工作总结与2019年工作计划 is a report). Navigation breadcrumbs are ignored.
 */
export function looksLikeWorkPlan(t: string): boolean {
  const head = t
    .slice(0, 800)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length <= 80 && !BREADCRUMB.test(l))
    .slice(0, 12);
  return head.some((l) => PLAN_WORDS.test(l)) && !head.some((l) => REPORT_WORDS.test(l));
}

// A section number at a line start or inline (texts flattened to one line keep their headings inline).
const SECTION_NUMBER = /(?:^|(?<=[\s。:：]))(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+[、.](?![0-9]))\s*/gm;
const PLAN_HEADING = /今后|下一步|下一阶段|明年|来年|打算|工作计划|工作安排|主要安排|工作思路|工作重点|努力方向|工作设想/;
const NOT_PLAN_HEADING = /存在|问题|不足|成效|举措/;

/** The heading text after a section number: up to the sentence end, the next section number or 40 characters. */
function headingAt(t: string, from: number): string {
  const rest = t.slice(from, from + 40);
  const cut = rest.search(/[。\n]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、/);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/**
 * Offset where the plan part of a report begins (a numbered heading such as
 * 三、今后的工作打算 or 二、2020年工作计划), or the text length when there is none.
 * Headings in the first fifth of the text are ignored: titles like
 * 2018年工作总结与2019年工作计划 are not sections.
 */
export function planSectionStart(t: string, reportYear: number | null): number {
  for (const m of t.matchAll(SECTION_NUMBER)) {
    if (m.index < t.length * 0.2) continue;
    const heading = headingAt(t, m.index + m[0].length);
    if (NOT_PLAN_HEADING.test(heading)) continue;
    if (PLAN_HEADING.test(heading)) return m.index;
    const y = heading.match(/^(20[0-9]{2})年/);
    if (y && reportYear !== null && Number(y[1]) > reportYear && /推进|建设|工作/.test(heading)) return m.index;
  }
  return t.length;
}

const PLAN_PARAGRAPH = /^\s*(?:((?:19|20)[0-9]{2})年(?:度)?|下一步|明年|今后|下一年度?)[,，]?\s*(?:[我全本][市区县省州旗局])?(?:将|要|计划|拟)/;

/** True for a paragraph that opens by announcing next year's work (2020年，我市将…; 下一步，我区将…). */
export function isPlanParagraph(line: string, reportYear: number | null): boolean {
  const m = line.match(PLAN_PARAGRAPH);
  if (!m) return false;
  return m[1] === undefined || (reportYear !== null && Number(m[1]) > reportYear);
}

/** Words that make a figure a target rather than a result: anywhere before it in the sentence (力争…，…达到95%)… */
export const TARGET_IN_SENTENCE = /力争|争取/;
/** …or in its own clause (目标任务为…, 预计…). */
export const TARGET_IN_CLAUSE = /目标|预计/;
