import { describe, expect, it } from 'vitest';
import { buildCoverageGroupState, cellAt, cellMove, groupOf, SHADES, shadeOf } from '../../../../src/lib/charts/coverage/coverageGroups.ts';
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

  it('shade classes by share; none is class 0, never a light blue', () => {
    expect(shadeOf(0, 5)).toBe(0);
    expect(shadeOf(3, 0)).toBe(0);
    expect(shadeOf(1, 5)).toBe(1); // 20 %
    expect(shadeOf(2, 5)).toBe(2);
    expect(shadeOf(5, 5)).toBe(SHADES.length - 1);
    expect(shadeOf(9, 5)).toBe(SHADES.length - 1); // clamped
  });

  it('one path per shade class holding exactly its cells', () => {
    const s = buildCoverageGroupState([{ indicator_id: 'a', grp: '甲省', n_jurisdictions: 2, n_values: 5 }], opts(), { width: 800 });
    const all = s.series.flatMap((r) => r.cells);
    expect(s.paths.reduce((n, p) => n + p.n, 0)).toBe(all.length);
    for (const p of s.paths) {
      expect(p.n).toBe(all.filter((c) => c.shade === p.shade).length);
      expect(p.d.match(/M/g)!.length).toBe(p.n);
      expect(p.fill).toBe(SHADES[p.shade]!.fill);
    }
  });

  it('cellAt finds the cell under a point, null outside; cellMove walks the grid and stops at its edges', () => {
    const s = buildCoverageGroupState([], opts(), { width: 800 });
    const c = s.series[1]!.cells[2]!;
    expect(cellAt(s, c.x + c.width / 2, c.y + c.height / 2)).toBe(c);
    expect(cellAt(s, 0, 0)).toBeNull();
    expect(cellAt(s, c.x + c.width * 5, c.y)).toBeNull();
    expect(cellMove(s, null, 'ArrowDown')).toBe(s.series[0]!.cells[0]);
    expect(cellMove(s, c, 'ArrowUp')).toBe(s.series[0]!.cells[2]);
    expect(cellMove(s, c, 'ArrowDown')).toBe(c); // last row
    expect(cellMove(s, c, 'ArrowRight')).toBe(c); // last column
    expect(cellMove(s, c, 'Home')).toBe(s.series[1]!.cells[0]);
    expect(cellMove(s, c, 'x')).toBeNull();
  });
});
