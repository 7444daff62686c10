/** Number, unit, period and qualifier formatting in both languages. */
import { format } from 'd3-format';
import type { Period, Qualifier } from '../tables/types.ts';
import type { Lang } from '../url/state.ts';
import type { MessageKey } from './messages.ts';
import { t } from './translate.ts';

const UNITS: Record<string, { zh: string; en: string }> = {
  cases: { zh: '件', en: 'cases' },
  percent: { zh: '%', en: '%' },
  cny: { zh: '元', en: 'yuan' },
  items: { zh: '条', en: 'items' },
  persons: { zh: '人', en: 'persons' },
  organizations: { zh: '个', en: 'organisations' },
  requests: { zh: '件', en: 'requests' },
  proposals: { zh: '件', en: 'proposals' },
  documents: { zh: '件', en: 'documents' },
  decisions: { zh: '项', en: 'decisions' },
  projects: { zh: '项', en: 'projects' },
  events: { zh: '场次', en: 'events' },
};

export function unitLabel(unit: string, lang: Lang): string {
  return UNITS[unit]?.[lang] ?? unit;
}

const grouped = format(',');
const groupedDecimal = format(',.2~f');

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? grouped(value) : groupedDecimal(value);
}

/** "4,066 cases", "4,066件", "95%". */
export function formatValue(value: number, unit: string, lang: Lang): string {
  const n = formatNumber(value);
  const u = unitLabel(unit, lang);
  if (unit === 'percent') return `${n}%`;
  return lang === 'zh' ? `${n}${u}` : `${n} ${u}`;
}

const PERIOD_KEYS: Record<Period, MessageKey> = {
  year: 'periodYear',
  h1: 'periodH1',
  ytd: 'periodYtd',
  other_year: 'periodOtherYear',
};
const QUALIFIER_KEYS: Record<Qualifier, MessageKey> = {
  exact: 'qualExact',
  approx: 'qualApprox',
  at_least: 'qualAtLeast',
  at_most: 'qualAtMost',
};

export function periodLabel(period: Period | null, year: number | null, lang: Lang): string {
  const p = period ? t(lang, PERIOD_KEYS[period]) : '';
  if (year === null) return p;
  return lang === 'zh' ? `${year}年 ${p}`.trim() : `${year} ${p}`.trim();
}

export function qualifierLabel(q: Qualifier | null, lang: Lang): string {
  return q ? t(lang, QUALIFIER_KEYS[q]) : '';
}
