/**
 * Number expressions as written in Chinese government prose: Arabic digits (after
 * normaliseText, so full-width digits too), thousands separators, decimals, Chinese
 * numerals (一…九十, 百, 千, 两, 〇/零), 万/亿 multipliers and 百分之N.
 */

const CN_DIGITS = '零〇一二两三四五六七八九十百千';

/** Regex source of one number expression (no capture groups). Percent signs are handled by the rules. */
export const NUMBER_SOURCE =
  `百分之[${CN_DIGITS}0-9.]+` +
  `|[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?(?:万|亿)?` +
  `|[0-9]+(?:\\.[0-9]+)?(?:万|亿)?` +
  `|[${CN_DIGITS}]+(?:万|亿)?`;

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三百二十五 → 325, 十五 → 15, 一〇五 → 105 (digit-by-digit form), 两千 → 2000. Null when not a numeral. */
export function parseChineseInteger(s: string): number | null {
  if (!s) return null;
  if (![...s].every((c) => c in DIGIT || c in SMALL_UNIT)) return null;
  // Digit-by-digit form (一〇五, 二〇一九): no unit characters at all.
  if (![...s].some((c) => c in SMALL_UNIT)) {
    if (s.length === 1) return DIGIT[s]!;
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
    } else {
      const unit = SMALL_UNIT[c]!;
      total += (digit ?? 1) * unit; // 十五: implicit 一
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

function parsePlain(s: string): number | null {
  if (/^[0-9,]+(\.[0-9]+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return parseChineseInteger(s);
}

export interface ParsedNumber {
  value: number;
  percent: boolean; // written as 百分之N
}

/**
 * Value of a number expression matched by NUMBER_SOURCE: 15.46亿 → 1546000000,
 * 3万 → 30000, 1,234 → 1234, 百分之九十五 → 95 (percent). Null when unparseable.
 */
export function parseNumberExpression(raw: string): ParsedNumber | null {
  let s = raw.trim();
  if (s.startsWith('百分之')) {
    const v = parsePlain(s.slice(3));
    return v === null ? null : { value: v, percent: true };
  }
  let mult = 1;
  if (s.endsWith('亿')) { mult = 1e8; s = s.slice(0, -1); }
  else if (s.endsWith('万')) { mult = 1e4; s = s.slice(0, -1); }
  const v = parsePlain(s);
  if (v === null || !Number.isFinite(v)) return null;
  // Round away binary noise from decimal × 万/亿 (15.46 × 1e8).
  return { value: Math.round(v * mult * 1e6) / 1e6, percent: false };
}
