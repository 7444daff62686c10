/**
 * Side-list rows of the Document view: each extracted fact with display labels in the
 * chosen language. Pure (labels come from the i18n formatters; no DOM, no db).
 */
import type { DocumentFact } from '../../db/types.ts';
import { formatValue, periodLabel, qualifierLabel } from '../../i18n/format.ts';
import type { Lang } from '../../url/state.ts';

export interface IndicatorName {
  name_zh: string;
  name_en: string | null;
}

export interface FactItem {
  id: string;
  indicatorId: string;
  indicatorName: string; // falls back to the id when the taxonomy lacks it
  value: string; // normalised, formatted with its unit
  asWritten: string; // the number as the report wrote it
  period: string;
  qualifier: string; // '' for exact values (nothing to say)
  role: 'headline' | 'detail';
  failedChecks: string | null;
}

export function indicatorDisplayName(id: string, names: ReadonlyMap<string, IndicatorName>, lang: Lang): string {
  const n = names.get(id);
  if (!n) return id;
  return lang === 'en' && n.name_en ? n.name_en : n.name_zh;
}

/** Items in text order (value position, then indicator id), whatever the input order. */
export function buildFactItems(facts: readonly DocumentFact[], names: ReadonlyMap<string, IndicatorName>, lang: Lang): FactItem[] {
  return [...facts]
    .sort((a, b) => a.value_start - b.value_start || a.char_start - b.char_start || (a.indicator_id < b.indicator_id ? -1 : a.indicator_id > b.indicator_id ? 1 : 0))
    .map((f) => ({
      id: f.fact_id,
      indicatorId: f.indicator_id,
      indicatorName: indicatorDisplayName(f.indicator_id, names, lang),
      value: formatValue(f.value, f.unit, lang),
      asWritten: f.value_text,
      period: periodLabel(f.period, f.period_year, lang),
      qualifier: f.qualifier === 'exact' ? '' : qualifierLabel(f.qualifier, lang),
      role: f.role,
      failedChecks: f.failed_checks && f.failed_checks.trim() ? f.failed_checks : null,
    }));
}
