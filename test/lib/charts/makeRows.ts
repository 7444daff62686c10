/** Fixture builders for chart-state tests. */
import type { CoverageCell, IndicatorOption, JurisdictionOption, ValueRow } from '../../../src/lib/db/types.ts';

export function makeJurisdiction(name_zh: string, name_en: string | null = null): JurisdictionOption {
  return { jurisdiction_id: `省/${name_zh}`, name_zh, name_en, parent: null, province: '省', admin_level: 'county' };
}

export function makeRow(name_zh: string, year: number | null, value: number | null, extra: Partial<ValueRow> = {}): ValueRow {
  return {
    jurisdiction_id: `省/${name_zh}`,
    name_zh,
    name_en: null,
    year,
    value,
    unit: 'cases',
    qualifier: value === null ? null : 'exact',
    period: value === null ? null : 'year',
    fact_id: value === null ? null : `${name_zh}.txt@1:mediation.disputes`,
    doc_file: value === null ? null : `${name_zh}.txt`,
    evidence: value === null ? null : `共调解${value}件`,
    evidence_value_start: value === null ? null : 3,
    evidence_value_end: value === null ? null : 3 + String(value).length,
    char_start: value === null ? null : 0,
    failed_checks: null,
    ...extra,
  };
}

export function makeIndicator(indicator_id: string, name_zh = indicator_id): IndicatorOption {
  return { indicator_id, category: 'c', unit: 'cases', name_zh, name_en: indicator_id, definition: '', n_facts: 1, n_jurisdictions: 1 } as IndicatorOption;
}

export function makeCell(indicator_id: string, name_zh: string, year: number, value: number, extra: Partial<CoverageCell> = {}): CoverageCell {
  return {
    indicator_id,
    jurisdiction_id: `省/${name_zh}`,
    year,
    value,
    unit: 'cases',
    qualifier: 'exact',
    period: 'year',
    fact_id: `${name_zh}.txt@1:${indicator_id}`,
    failed_checks: null,
    ...extra,
  };
}

export const zhLabel = (j: { name_zh: string }) => j.name_zh;
