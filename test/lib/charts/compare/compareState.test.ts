import { describe, expect, it } from 'vitest';
import { buildCompareState } from '../../../../src/lib/charts/compare/compareState.ts';
import { makeJurisdiction, makeRow, zhLabel } from '../makeRows.ts';

const J = ['利通区', '花都区', '淄博高新区', '绍兴市'].map((n) => makeJurisdiction(n));
const size = { width: 600 };

describe('buildCompareState', () => {
  it('empty: no rows and no jurisdictions', () => {
    const s = buildCompareState([], { years: 'latest', jurisdictions: [], label: zhLabel }, size);
    expect(s.empty).toEqual({ reason: 'emptyNoRows' });
    expect(s.series).toEqual([]);
  });

  it('all missing: every jurisdiction listed as no data, no bars', () => {
    const rows = J.map((j) => makeRow(j.name_zh, null, null));
    const s = buildCompareState(rows, { years: 'latest', jurisdictions: J, label: zhLabel }, size);
    expect(s.empty).toEqual({ reason: 'emptyAllMissing' });
    expect(s.series.flatMap((g) => g.bars)).toEqual([]);
    expect(s.series.map((g) => g.missing.length)).toEqual([1, 1, 1, 1]);
    expect(s.nMissing).toBe(4);
  });

  it('single value: one bar, the other jurisdictions are no-data rows (never zero bars)', () => {
    const rows = [makeRow('花都区', 2019, 4066), makeRow('绍兴市', null, null)];
    const s = buildCompareState(rows, { years: 'latest', jurisdictions: J, label: zhLabel }, size);
    expect(s.empty).toBeNull();
    const bars = s.series.flatMap((g) => g.bars);
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ nameZh: '花都区', value: 4066, year: 2019 });
    expect(bars[0]!.width).toBeGreaterThan(0);
    expect(s.series[0]!.nameZh).toBe('花都区');
    for (const g of s.series.slice(1)) {
      expect(g.bars).toEqual([]);
      expect(g.missing[0]!.value).toBeNull();
    }
  });

  it('normal latest: sorted by value desc, badges from period, widths proportional', () => {
    const rows = [
      makeRow('利通区', 2016, 388, { period: 'h1' }),
      makeRow('花都区', 2019, 4066),
      makeRow('淄博高新区', 2022, 4033),
      makeRow('绍兴市', null, null),
    ];
    const s = buildCompareState(rows, { years: 'latest', jurisdictions: J, label: zhLabel }, size);
    expect(s.mode).toBe('single');
    expect(s.series.map((g) => g.nameZh)).toEqual(['花都区', '淄博高新区', '利通区', '绍兴市']);
    const bars = s.series.flatMap((g) => g.bars);
    expect(bars.find((b) => b.nameZh === '利通区')!.badges).toEqual(['h1']);
    const w = (n: string) => bars.find((b) => b.nameZh === n)!.width;
    expect(w('利通区') / w('花都区')).toBeCloseTo(388 / 4066, 1);
    expect(s.series[3]!.missing).toHaveLength(1);
    expect(s.ticks.length).toBeGreaterThan(1);
  });

  it('latest keeps only each jurisdiction’s latest year', () => {
    const rows = [makeRow('花都区', 2018, 10), makeRow('花都区', 2019, 20)];
    const s = buildCompareState(rows, { years: 'latest', jurisdictions: [J[1]!], label: zhLabel }, size);
    expect(s.series[0]!.bars.map((b) => [b.year, b.value])).toEqual([[2019, 20]]);
  });

  it('several years: grouped bars, a missing year is a no-data slot', () => {
    const rows = [makeRow('花都区', 2018, 10), makeRow('花都区', 2019, 20), makeRow('绍兴市', 2019, 5), makeRow('绍兴市', 2018, null)];
    const s = buildCompareState(rows, { years: [2018, 2019], jurisdictions: [J[1]!, J[3]!], label: zhLabel }, size);
    expect(s.mode).toBe('grouped');
    expect(s.yearColours.map((c) => c.year)).toEqual([2018, 2019]);
    const shaoxing = s.series.find((g) => g.nameZh === '绍兴市')!;
    expect(shaoxing.bars.map((b) => b.year)).toEqual([2019]);
    expect(shaoxing.missing.map((m) => m.year)).toEqual([2018]);
    expect(s.series[0]!.y).toBeLessThan(shaoxing.y);
  });

  it('a specific single year filters other years out', () => {
    const rows = [makeRow('花都区', 2019, 4066), makeRow('利通区', 2016, 388)];
    const s = buildCompareState(rows, { years: [2019], jurisdictions: [J[0]!, J[1]!], label: zhLabel }, size);
    expect(s.series.flatMap((g) => g.bars).map((b) => b.nameZh)).toEqual(['花都区']);
    expect(s.series.find((g) => g.nameZh === '利通区')!.missing[0]!.year).toBe(2019);
  });

  it('long labels are truncated for the label column but keep the full text', () => {
    const long = makeJurisdiction('某', 'A Very Long Jurisdiction Name That Does Not Fit');
    const s = buildCompareState([], { years: 'latest', jurisdictions: [long], label: (j) => j.name_en ?? j.name_zh }, { width: 300 });
    expect(s.series[0]!.label).toBe('A Very Long Jurisdiction Name That Does Not Fit');
    expect(s.series[0]!.shortLabel.endsWith('…')).toBe(true);
  });

  describe('topN (no explicit selection, many jurisdictions)', () => {
    const many = Array.from({ length: 12 }, (_, i) => makeJurisdiction(`地区${String(i).padStart(2, '0')}`));
    // 8 with values 10..80 (地区00..07), 4 without.
    const rows = many.map((j, i) => makeRow(j.name_zh, i < 8 ? 2020 : null, i < 8 ? (i + 1) * 10 : null));

    it('draws only the N highest values, no "no data" rows, and counts the rest', () => {
      const s = buildCompareState(rows, { years: 'latest', jurisdictions: many, label: zhLabel, topN: 3 }, size);
      expect(s.series.map((g) => g.nameZh)).toEqual(['地区07', '地区06', '地区05']);
      expect(s.series.flatMap((g) => g.missing)).toEqual([]);
      expect(s.hidden).toEqual({ withData: 5, noData: 4 });
      expect(s.nMissing).toBe(4);
    });

    it('counts from nWithData when the rows are only the top (compareTop)', () => {
      const top = rows.slice(5, 8).reverse(); // 地区07, 06, 05: the top 3 of the 8 with values
      const s = buildCompareState(top, { years: 'latest', jurisdictions: many, label: zhLabel, topN: 3, nWithData: 8 }, size);
      expect(s.series.map((g) => g.nameZh)).toEqual(['地区07', '地区06', '地区05']);
      expect(s.hidden).toEqual({ withData: 5, noData: 4 });
    });

    it('changes nothing when the list is not longer than N', () => {
      const s = buildCompareState(rows, { years: 'latest', jurisdictions: many, label: zhLabel, topN: 12 }, size);
      expect(s.hidden).toBeNull();
      expect(s.series).toHaveLength(12);
      expect(s.series.filter((g) => g.missing.length)).toHaveLength(4);
    });
  });
});
