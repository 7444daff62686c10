import type { Qualifier } from '../tables/types.ts';

/**
 * Qualifier words around a number: the regex fragments the rules use to capture them and
 * the mapping to the schema's qualifier. 近/约/左右 → approx; 余/多/超/以上 → at_least;
 * 不到/以内 → at_most; none → exact.
 */

export const PREFIX_SOURCE = '将近|大约|近|约|超过|超|逾|不到|不足|少于';
export const POSTFIX_SOURCE = '余|多';
export const TAIL_SOURCE = '左右|以上|以内|以下|之多';

const BY_WORD: Record<string, Qualifier> = {
  将近: 'approx', 大约: 'approx', 近: 'approx', 约: 'approx', 左右: 'approx',
  超过: 'at_least', 超: 'at_least', 逾: 'at_least', 余: 'at_least', 多: 'at_least', 以上: 'at_least', 之多: 'at_least',
  不到: 'at_most', 不足: 'at_most', 少于: 'at_most', 以内: 'at_most', 以下: 'at_most',
};

/** The qualifier implied by the words captured before the number, right after it and after the unit. */
export function qualifierOf(pre?: string, post?: string, tail?: string): Qualifier {
  for (const w of [pre, post, tail]) {
    if (w && BY_WORD[w]) return BY_WORD[w];
  }
  return 'exact';
}
