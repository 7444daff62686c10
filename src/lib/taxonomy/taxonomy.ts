import type { IndicatorRow } from '../tables/types.ts';
import indicatorData from './indicators.json';

/** One indicator of the evaluation vocabulary, as kept in indicators.json. */
export interface IndicatorDef {
  id: string;
  category: string;
  unit: string;
  zh: string;
  en: string;
  definition: string;
  cues: string[]; // Chinese phrases that signal the indicator in report prose
}

export const INDICATOR_DEFS: readonly IndicatorDef[] = indicatorData as IndicatorDef[];

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(INDICATOR_DEFS.map((d) => [d.id, d]));

export function toIndicatorRow(d: IndicatorDef): IndicatorRow {
  return {
    indicator_id: d.id,
    category: d.category,
    unit: d.unit,
    name_zh: d.zh,
    name_en: d.en,
    definition: d.definition,
    cue_phrases: d.cues.join('|'),
  };
}

/** The indicator taxonomy as table rows (the `indicators` table). */
export const INDICATORS: IndicatorRow[] = INDICATOR_DEFS.map(toIndicatorRow);

/** Unit of an indicator; throws on an unknown id so a typo in a rule fails loudly in tests. */
export function unitOf(id: string): string {
  const d = INDICATOR_BY_ID.get(id);
  if (!d) throw new Error(`unknown indicator: ${id}`);
  return d.unit;
}
