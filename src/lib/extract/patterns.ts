import { NUMBER_SOURCE } from './numbers.ts';
import { POSTFIX_SOURCE, PREFIX_SOURCE, TAIL_SOURCE } from './qualifiers.ts';

/**
 * Regex building blocks for the rules. Rules run on the match text (see text.ts), where
 * full-width ASCII is folded to ASCII but the full-width comma '，' is kept, so a ','
 * between digits is always a thousands separator.
 */

/** Characters that end a clause (the span one cue phrase can govern). */
export const CLAUSE_END = ',，。;!?\\n';

/** A number expression with its qualifier words: named groups pre, num, post. */
export const N =
  `(?:(?<pre>${PREFIX_SOURCE}))?(?<![0-9]|[0-9][,.]|[零〇一二两三四五六七八九十百千])` +
  `(?<num>${NUMBER_SOURCE})(?:(?<post>${POSTFIX_SOURCE}))?`;

/** The measure word or unit after a number (group unit) and an optional trailing qualifier (group tail). */
export function U(units: string): string {
  return `(?<unit>${units})(?:(?<tail>${TAIL_SOURCE}))?`;
}

/** A short lazy gap inside one clause. */
export function G(max: number): string {
  return `[^${CLAUSE_END}]{0,${max}}?`;
}

/** A short lazy gap inside one clause that does not contain any of the given words. */
export function GX(max: number, words: string): string {
  return `(?:(?!${words})[^${CLAUSE_END}]){0,${max}}?`;
}

/** Common "counts as" verbs between a noun and its number (共/达/为, 均为, 已达 …). */
export const LINK = '(?:均|已)?(?:共计|共有|共|累计|合计|总计|达到|达|为|是|有)?';
