/**
 * Line-level view of a report's opening: page furniture (menus, breadcrumbs, 发布日期/来源
 * rows, 字体 大中小, 打印本页 …) versus text that belongs to the report itself.
 * Works on normalised text (normaliseText: ASCII punctuation, Simplified characters).
 */

export interface Line {
  text: string; // trimmed, inner whitespace collapsed
  start: number; // offset of the raw line in the text
  index: number; // line number (0-based) among all lines
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  const raw = text.split('\n');
  raw.forEach((line, index) => {
    const clean = line.replace(/^[\s•·●◆■□▪>]+/, '').replace(/\s+/g, ' ').trim();
    out.push({ text: clean, start, index });
    start += line.length + 1;
  });
  return out;
}

/** Labels of page metadata rows (CMS fields, not the report's own words). */
const LABELS =
  '发布日期|发布时间|发布时期|发稿时间|更新时间|更新日期|成文日期|公文生成日期|生成日期|印发日期|文章来源|信息来源|来源|' +
  '索引号|索 引 号|发布机构|发文机关|发文字号|文号|备注/文号|主题分类|所属主题|公开方式|公开对象|公开目录|浏览次数|访问量|' +
  '阅读次数|点击数|阅读|作者|字体|字号|分享|打印|关闭|有效时间|发文类型|公开部门|状 ?态|标题|名称|今天是|当前位置|所在的位置|当前的位置';
/** A label followed by a colon, or standing alone between spaces ("发布日期 2022-12-29"). */
export const META_LABEL = new RegExp(`(?:${LABELS})\\s*[:：]|(?:^|\\s)(?:${LABELS})(?:\\s|$)`);

/** A line starting with a date/time label ("时间: 2017-07-27", "日期:2018年10月29日"). */
export const DATE_LABEL_LINE = /^(时间|日期)\s*[:：]/;

const MENU_WORDS = /(首页|网站地图|无障碍|繁体|English|登录|移动端|政务微信|政务微博|智能问答|打印本页|关闭窗口|大 中 小|【|】|\|)/;

/** True for menus, breadcrumbs, CMS metadata rows and similar site furniture. */
export function isFurniture(line: string): boolean {
  if (!line) return true;
  if (!/[\u3400-\u9fff]/.test(line)) return true; // headerBg, |||||, URLs, bare dates
  if (/>|»/.test(line)) return true; // breadcrumbs
  if (META_LABEL.test(line) || DATE_LABEL_LINE.test(line)) return true;
  if (MENU_WORDS.test(line)) return true;
  return false;
}

/** Value of a labelled metadata field ("发布机构: 临沂市政府办公室 成文日期: …"), or null. */
export function labelValue(lines: readonly Line[], label: RegExp): string | null {
  for (const { text } of lines) {
    const m = label.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length).replace(/^\s*[:：]?\s*/, '');
    const value = rest.split(/\s{1,}(?=[\u3400-\u9fff ]{2,6}\s*[:：])|\s{2,}/)[0]?.trim();
    if (value) return value;
  }
  return null;
}
