/**
 * What the frame says about per-capita values: how they are computed, the population figure behind
 * each drawn value (year and source; user-supplied figures labelled as such), nearest-year
 * substitutions, and the jurisdictions listed without a population figure. Pure; strings via t().
 */
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../url/state.ts';
import type { PerCapitaResult, PerCapitaUse } from './perCapita.ts';
import type { MarkDatum } from './types.ts';

/** The population figure used for a mark, if any. */
export function perCapitaUseOf(result: PerCapitaResult | null, d: Pick<MarkDatum, 'key'>): PerCapitaUse | null {
  return result?.used.get(d.key) ?? null;
}

export function populationSourceText(u: PerCapitaUse, lang: Lang): string {
  const src = u.source_url ? `${u.source_title} (${u.source_url})` : u.source_title;
  return u.origin === 'user' ? `${t(lang, 'userSupplied')}: ${src}` : src;
}

export function perCapitaNotes(result: PerCapitaResult | null, values: readonly MarkDatum[], lang: Lang): string[] {
  if (!result || result.refused) return [];
  const nameOf = new Map(values.map((v) => [v.jurisdictionId, v.label]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const notes = [t(lang, 'notePerCapita')];
  const drawn = values.flatMap((v) => {
    const u = perCapitaUseOf(result, v);
    return u && v.value !== null ? [{ v, u }] : [];
  });
  const figures = new Set<string>();
  for (const { v, u } of drawn) {
    const params = { name: name(v.jurisdictionId), year: u.populationYear, population: formatNumber(u.population), source: u.source_url ? `${u.source_title} (${u.source_url})` : u.source_title };
    const text = t(lang, u.origin === 'user' ? 'notePopulationUser' : 'notePopulationSource', params);
    if (!figures.has(text)) notes.push(text);
    figures.add(text);
  }
  for (const { v, u } of drawn) {
    if (u.populationYear !== u.valueYear) notes.push(t(lang, 'notePopulationNearest', { name: name(v.jurisdictionId), year: u.valueYear, popYear: u.populationYear }));
  }
  const missing = values.filter((v) => v.value === null && result.noPopulation.has(v.jurisdictionId)).map((v) => name(v.jurisdictionId));
  if (missing.length) notes.push(t(lang, 'noteNoPopulation', { names: [...new Set(missing)].join(lang === 'zh' ? '、' : ', ') }));
  return notes;
}
