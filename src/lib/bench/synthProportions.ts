import type { Period, Qualifier } from '../tables/types.ts';

/**
 * Proportions of the synthetic data, taken from the hand-labelled gold facts
 * (/work/shared/gold and dev/gold: ~95 % exact, ~80–90 % whole-year figures; a county
 * report states ~14 of the 36 indicators). Tests check the generator honours them.
 */
export const QUALIFIER_WEIGHTS: readonly (readonly [Qualifier, number])[] = [
  ['exact', 0.94], ['at_least', 0.035], ['approx', 0.02], ['at_most', 0.005],
];
export const PERIOD_WEIGHTS: readonly (readonly [Period, number])[] = [
  ['year', 0.82], ['ytd', 0.12], ['other_year', 0.04], ['h1', 0.02],
];
/** Chance a jurisdiction publishes a report in a year after it started publishing. */
export const P_REPORT_PUBLISHED = 0.95;
/** Share of published documents that are work plans (no facts, like the 2017 巴中 plan). */
export const P_WORK_PLAN = 0.05;
/** A jurisdiction's indicator popularity lies in this range (chance it reports it at all). */
export const POPULARITY_RANGE: readonly [number, number] = [0.15, 0.7];
/** Chance a jurisdiction that reports an indicator states it in a given year's report. */
export const P_HEADLINE_GIVEN_REPORTED = 0.9;
/** First year a jurisdiction publishes: weights for offsets 0..4 from the first year. */
export const START_OFFSET_WEIGHTS: readonly number[] = [0.55, 0.15, 0.12, 0.1, 0.08];
/** Share of part-of-whole checks that fail (resolved > disputes, as real typos do). */
export const P_CHECK_FAIL = 0.05;

export const QUALIFIER_PREFIX: Record<Qualifier, string> = { exact: '', approx: '近', at_least: '超', at_most: '不到' };
export const PERIOD_LEAD: Record<Period, string> = { year: '全年', ytd: '今年以来', other_year: '上年', h1: '上半年' };
