/**
 * Badges and the notes under a chart, as pure functions. A badge flags a value that is not a plain
 * full-year exact figure (half-year, year-to-date, another year's, approximate, bounds) or that took
 * part in a failed consistency check. Every badge used on a chart gets one note explaining it.
 */
import type { Period, Qualifier } from '../tables/types.ts';
import type { MessageKey } from '../i18n/messages.ts';

export type BadgeKind = 'h1' | 'ytd' | 'other_year' | 'approx' | 'at_least' | 'at_most' | 'failed';

/** Display order of badges and notes. */
export const BADGE_ORDER: readonly BadgeKind[] = ['h1', 'ytd', 'other_year', 'approx', 'at_least', 'at_most', 'failed'];

export interface Badged {
  period: Period | null;
  qualifier: Qualifier | null;
  failed_checks: string | null;
}

const PERIOD_BADGES: Partial<Record<Period, BadgeKind>> = { h1: 'h1', ytd: 'ytd', other_year: 'other_year' };
const QUALIFIER_BADGES: Partial<Record<Qualifier, BadgeKind>> = { approx: 'approx', at_least: 'at_least', at_most: 'at_most' };

export function badgesOf(v: Badged): BadgeKind[] {
  const out: BadgeKind[] = [];
  const p = v.period ? PERIOD_BADGES[v.period] : undefined;
  if (p) out.push(p);
  const q = v.qualifier ? QUALIFIER_BADGES[v.qualifier] : undefined;
  if (q) out.push(q);
  if (v.failed_checks !== null && v.failed_checks.trim() !== '') out.push('failed');
  return out;
}

/** The distinct badges on a set of values, in display order. */
export function badgesUsed(values: readonly Badged[]): BadgeKind[] {
  const used = new Set(values.flatMap(badgesOf));
  return BADGE_ORDER.filter((b) => used.has(b));
}

const BADGE_TEXT: Record<BadgeKind, MessageKey> = {
  h1: 'badgeH1',
  ytd: 'badgeYtd',
  other_year: 'badgeOtherYear',
  approx: 'badgeApprox',
  at_least: 'badgeAtLeast',
  at_most: 'badgeAtMost',
  failed: 'badgeFailed',
};
const NOTE_TEXT: Record<BadgeKind, MessageKey> = {
  h1: 'noteH1',
  ytd: 'noteYtd',
  other_year: 'noteOtherYear',
  approx: 'noteApprox',
  at_least: 'noteAtLeast',
  at_most: 'noteAtMost',
  failed: 'noteFailed',
};

export const badgeKey = (b: BadgeKind): MessageKey => BADGE_TEXT[b];
export const noteKey = (b: BadgeKind): MessageKey => NOTE_TEXT[b];

/**
 * The notes under a chart: one per badge used, plus a "latest available" note when the values shown
 * come from different years.
 */
export function chartNoteKeys(values: readonly (Badged & { year: number | null })[], latest: boolean): MessageKey[] {
  const keys = badgesUsed(values).map(noteKey);
  const years = new Set(values.map((v) => v.year).filter((y) => y !== null));
  if (latest && years.size > 1) keys.push('noteLatest');
  return keys;
}
