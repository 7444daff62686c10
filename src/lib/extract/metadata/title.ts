import { matchNameAt, matchStemAt } from '../../gazetteer/index.ts';
import { isFurniture, labelValue, type Line } from './lines.ts';

/**
 * The report's own title line, found among the opening lines without site furniture.
 * A notice that issues a document (关于印发《X》的通知) is titled by the issued document X.
 */

/** Words a report title ends with. */
const TITLE_END = /(报告|安排|要点|方案|通知|计划|总结|情况|意见|规划|办法|公告|决定|通报|汇报|纲要)(\s*\([^()]*\))?$/;
const TITLE_MIN = 8;
const TITLE_MAX = 70;
/** Lines after which the report body has surely begun. */
const SEARCH_LINES = 60;

/** A line that could be a title: not furniture, not prose, not a heading or salutation. */
function titleLike(text: string): boolean {
  if (text.length < TITLE_MIN || text.length > TITLE_MAX) return false;
  if (isFurniture(text)) return false;
  if (/[,。;!?]/.test(text)) return false; // prose
  if (/[:：]$/.test(text)) return false; // salutation (工委、管委会:)
  if (/^([一二三四五六七八九十]+(、|是)|\(|\d+[.、])/.test(text)) return false; // headings, (dates)
  return true;
}

/** A page-metadata line that typically sits right under a title (date or source). */
const META_UNDER_TITLE = /(发布日期|发布时间|发布时期|更新时间|来源|时间|日期)\s*[:：]?\s*/;

/**
 * A title broken after the issuing body ("淄博高新区群众工作部" / "关于2022年度…的报告")
 * is joined back when the first part stands alone on the line above.
 */
function withIssuer(head: readonly Line[], at: number): string {
  const title = head[at]!.text;
  if (!title.startsWith('关于')) return title;
  const prev = head.slice(0, at).reverse().find((l) => l.text);
  if (!prev || prev.text.length > 30 || !titleLike(prev.text) || TITLE_END.test(prev.text)) return title;
  return /^[\u4e00-\u9fa5]+$/.test(prev.text) ? prev.text + title : title;
}

/** Index of the first paragraph of prose (where the body begins), or -1. */
function bodyStart(head: readonly Line[]): number {
  return head.findIndex((l) => l.text.length > 40 && /[,。]/.test(l.text) && !isFurniture(l.text));
}

/** A real title names a year or a place; a column header (法治政府建设年度报告) does neither. */
function specificity(text: string): number {
  let score = /(19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}年/.test(text) ? 1 : 0;
  for (let i = 0; i < text.length; i++) {
    if (matchNameAt(text, i) ?? matchStemAt(text, i)) return score + 1;
  }
  return score;
}

/** Strip wrapping brackets: 《…》, 【…】. */
function unwrap(text: string): string {
  return text.replace(/^[《【\[]\s*(.*?)\s*[》】\]]$/, '$1');
}

export function findTitle(lines: readonly Line[]): string | null {
  const head = lines.slice(0, SEARCH_LINES).map((l) => ({ ...l, text: unwrap(l.text) }));
  const body = bodyStart(head);
  let keyword = -1;
  let best = -1;
  head.forEach((l, i) => {
    if (!titleLike(l.text) || !TITLE_END.test(l.text)) return;
    // Above the body, the most specific candidate wins; within it, only the first counts.
    const score = body < 0 || i < body ? specificity(l.text) + 10 : 0;
    if (score > best) [keyword, best] = [i, score];
  });
  if (keyword >= 0) return withIssuer(head, keyword);
  // A CMS field holding the title (标题: …, 名称: …).
  const labelled = labelValue(head, /(?:^|\s)(标题|名称|文件名称)\s*[:：]?/);
  if (labelled && TITLE_END.test(labelled) && labelled.length >= TITLE_MIN) return labelled;
  // News items: the line just above the 发布日期/来源 row.
  for (let i = 0; i < head.length; i++) {
    if (!head[i]!.text || !titleLike(head[i]!.text)) continue;
    const next = head.slice(i + 1).find((l) => l.text);
    if (next && META_UNDER_TITLE.test(next.text) && isFurniture(next.text)) return head[i]!.text;
  }
  return null;
}

const ISSUING_NOTICE = /关于(?:印发|转发|下发|发布)\s*(.+?)\s*的通知$/;

/**
 * For 关于印发《X》的通知, the issued document's title: the longest 《…》 quote or line of
 * the text that ends with X (关于印发南沙区…要点的通知 → 广州市南沙区…要点), else X.
 */
export function issuedTitle(title: string, text: string): string {
  const m = ISSUING_NOTICE.exec(title);
  if (!m) return title;
  const inner = m[1]!.replace(/[《》\s]/g, '');
  if (inner.length < 4) return title;
  let best = inner;
  const consider = (candidate: string): void => {
    const c = candidate.replace(/\s/g, '');
    if (c.endsWith(inner) && c.length > best.length && c.length <= inner.length + 12 && !/[,。:]/.test(c)) best = c;
  };
  for (const q of text.matchAll(/《([^《》\n]{4,80})》/g)) consider(q[1]!);
  for (const line of text.split('\n')) consider(line.trim());
  return best;
}

/**
 * When the page has no title line, the report often names itself in its first paragraph:
 * 现将我局2022年法治政府建设工作报告如下 / 现向社会公布2024年兴和县政府信息公开工作年度报告.
 * `self` replaces 我局/我区/我市/我县 (null: such a title cannot be completed).
 */
export function selfNamedTitle(text: string, self: string | null): string | null {
  const m =
    /现将\s*([^,。:;\n]{0,40}?(?:19|20)\d{2}\s*年[^,。:;\n]{2,40}?报告)\s*(?:如下|予以公布)/.exec(text) ??
    /现(?:向社会)?公布\s*([^,。:;\n]{0,20}(?:19|20)\d{2}\s*年[^,。:;\n]{2,40}?报告)/.exec(text);
  if (!m) return null;
  let title = m[1]!.replace(/\s+/g, '');
  if (/^我(局|区|市|县|省|委)/.test(title)) {
    if (!self) return null;
    title = self + title.slice(2);
  }
  return title;
}
