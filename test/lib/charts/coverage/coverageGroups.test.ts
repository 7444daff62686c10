import { describe, expect, it } from 'vitest';
import { buildCoverageGroupState, groupOf } from '../../../../src/lib/charts/coverage/coverageGroups.ts';
import type { JurisdictionOption } from '../../../../src/lib/db/types.ts';
import { makeIndicator } from '../makeRows.ts';

const j = (id: string, province: string | null, name_en: string | null = null): JurisdictionOption => ({
  jurisdiction_id: id, name_zh: id.split('/').at(-1)!, name_en, parent: null, province, admin_level: 'county',
});
const J = [j('甲省', '甲省', 'Jia Province'), j('甲省/一县', '甲省'), j('甲省/二县', '甲省'), j('乙省/三县', '乙省'), j('无省县', null)];
const opts = (indicators = [makeIndicator('a'), makeIndicator('b')]) => ({
  indicators, jurisdictions: J, indicatorLabel: (i: { name_zh: string }) => i.name_zh, jurisdictionLabel: (x: JurisdictionOption) => x.name_en ?? x.name_zh,
});

describe('buildCoverageGroupState', () => {
  it('one column per group with its members; a cell counts members with data of all members', () => {
    const s = buildCoverageGroupState(
      [{ indicator_id: 'a', grp: '甲省', n_jurisdictions: 2, n_values: 5 }, { indicator_id: 'b', grp: '', n_jurisdictions: 1, n_values: 1 }],
      opts(),
      { width: 800 },
    );
    expect(s.columns.map((c) => [c.grp, c.jurisdictionIds.length])).toEqual([['', 1], ['乙省', 1], ['甲省', 3]]);
    expect(s.columns[2]!.label).toBe('Jia Province'); // the province's own name
    const a = s.series[0]!.cells;
    expect(a.map((c) => `${c.nWithData}/${c.nTotal}`)).toEqual(['0/1', '0/1', '2/3']);
    expect(a[2]!.share).toBeCloseTo(2 / 3);
    expect(s.series[1]!.cells.map((c) => c.nWithData)).toEqual([1, 0, 0]);
    expect(s.nFilled).toBe(2);
    expect(s.empty).toBeNull();
  });

  it('all missing and no rows', () => {
    expect(buildCoverageGroupState([], opts(), { width: 800 }).empty).toEqual({ reason: 'emptyAllMissing' });
    expect(buildCoverageGroupState([], opts([]), { width: 800 }).empty).toEqual({ reason: 'emptyNoRows' });
  });

  it('groupOf: the province, "" when none', () => {
    expect(groupOf({ province: '甲省' })).toBe('甲省');
    expect(groupOf({ province: null })).toBe('');
  });
});
