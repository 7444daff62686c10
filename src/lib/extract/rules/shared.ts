import { U } from '../patterns.ts';
import { TAIL_SOURCE } from '../qualifiers.ts';

/** Fragments shared by the rule files. */
export const CASES = U('件次|件|宗|起');
export const PCT = `(?<unit>%?)(?:(?<tail>${TAIL_SOURCE}))?`;
// Labour arbitration is not the civil/commercial arbitration the indicator counts.
export const LABOUR = '劳动|人事争议';
// Changes to a standing list (下放/取消/新增 N项) are not the list's size.
export const LIST_CHANGE = '下放|承接|取消|调整|精简|削减|压减|委托|新增|增加|减少|合并|划转|赋予|暂停';

