import type { AdminLevel, IndicatorRow, Qualifier } from '../tables/types.ts';
import type { Rng } from './random.ts';
import { QUALIFIER_PREFIX } from './synthProportions.ts';

/** Typical county-level magnitude per unit (median of a log-normal), from the real reports. */
const UNIT_MEDIAN: Record<string, number> = {
  cases: 300, organizations: 150, items: 2_000, requests: 60, proposals: 80, documents: 25,
  decisions: 10, projects: 5, persons: 40, events: 100, cny: 50_000_000,
};
const UNIT_WORD: Record<string, string> = {
  cases: '件', percent: '%', cny: '元', organizations: '个', items: '项', requests: '件', proposals: '件',
  documents: '件', decisions: '项', projects: '件', persons: '人', events: '场次',
};
const LEVEL_SCALE: Record<AdminLevel, number> = { province: 15, prefecture: 4, county: 1, zone: 0.5, department: 0.3 };

/** A jurisdiction's base level for an indicator (its size and habits). */
export function baseValue(indicator: IndicatorRow, level: AdminLevel | null, rng: Rng): number {
  if (indicator.unit === 'percent') return 85 + 14 * rng.next();
  const median = UNIT_MEDIAN[indicator.unit] ?? 50;
  return median * LEVEL_SCALE[level ?? 'county'] * Math.exp(0.8 * rng.normal());
}

/** The value for a year: a gentle trend with noise; counts are integers, rates ≤ 100. */
export function yearValue(indicator: IndicatorRow, base: number, yearOffset: number, rng: Rng): number {
  if (indicator.unit === 'percent') return Math.min(100, Math.round((base + 1.5 * rng.normal() + 0.3 * yearOffset) * 10) / 10);
  const v = base * Math.pow(1.05, yearOffset) * Math.exp(0.15 * rng.normal());
  if (indicator.unit === 'cny') return Math.max(100, Math.round(v / 100) * 100); // written in 万元 with 2 decimals
  return Math.max(1, Math.round(v));
}

/** The number as a report writes it: qualifier word, digits (万 for money), unit word. */
export function valueText(indicator: IndicatorRow, value: number, qualifier: Qualifier): string {
  const digits = indicator.unit === 'cny' ? `${(value / 10_000).toFixed(2)}万` : String(value);
  return `${QUALIFIER_PREFIX[qualifier]}${digits}${UNIT_WORD[indicator.unit] ?? '个'}`;
}
