/**
 * Name helpers for Chinese administrative divisions: the short form ("stem") that texts
 * use for a place (宁夏回族自治区 → 宁夏, 溧阳市 → 溧阳, 淄博市 → 淄博), and the suffix that
 * tells a name's kind.
 */

/** Ethnic groups that appear in autonomous-area names (cut there to get the stem). */
const ETHNIC = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜',
  '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '普米', '塔吉克', '怒',
  '鄂温克', '保安', '裕固', '京', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '阿昌', '德昂',
  '各',
];
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC.join('|')})族|维吾尔)+$`);
const AUTONOMOUS = /自治(区|州|县|旗)$/;
const PLAIN_SUFFIX = /(特别行政区|省|市|地区|盟|州|县|区|旗|林区|特区)$/;

/** Short name of a division, or null when it would be a single character (兴县 → null). */
export function stemOf(name: string): string | null {
  let stem = name;
  if (AUTONOMOUS.test(stem)) {
    stem = stem.replace(AUTONOMOUS, '');
    stem = stem.replace(ETHNIC_TAIL, '');
    return stem.length >= 2 ? stem : null;
  }
  stem = stem.replace(PLAIN_SUFFIX, '');
  return stem.length >= 2 && stem !== name ? stem : null;
}

/** Development-zone words as written in titles, longest first. */
export const ZONE_WORDS = [
  '高新技术产业开发区',
  '经济技术开发区',
  '高新技术产业园区',
  '经济开发区',
  '高新区',
  '经开区',
  '开发区',
  '工业园区',
  '产业园区',
  '新区',
];
export const ZONE_WORD = new RegExp(`^(${ZONE_WORDS.join('|')})`);
