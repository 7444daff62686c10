import { describe, expect, it } from 'vitest';
import { buildCoverageState } from '../../../../src/lib/charts/coverage/coverageState.ts';
import { makeCell, makeIndicator, makeJurisdiction } from '../makeRows.ts';

const inds = [makeIndicator('mediation.disputes'), makeIndicator('disclosure.items_published')];
const js = [makeJurisdiction('花都区'), makeJurisdiction('绍兴市')];
const opts = (years: 'latest' | number[] = 'latest') => ({
  years, indicators: inds, jurisdictions: js, indicatorLabel: (i: { name_zh: string }) => i.name_zh, jurisdictionLabel: (j: { name_zh: string }) => j.name_zh,
});

describe('buildCoverageState', () => {
  it('empty: no indicators or jurisdictions', () => {
    const s = buildCoverageState([], { ...opts(), indicators: [] }, { width: 500 });
    expect(s.empty).toEqual({ reason: 'emptyNoRows' });
  });

  it('all missing: every cell is present and explicitly missing', () => {
    const s = buildCoverageState([], opts(), { width: 500 });
    expect(s.empty).toEqual({ reason: 'emptyAllMissing' });
    expect(s.cells).toHaveLength(4);
    expect(s.cells.every((c) => c.latest === null && c.entries.length === 0)).toBe(true);
  });

  it('single value fills exactly one cell', () => {
    const s = buildCoverageState([makeCell('mediation.disputes', '花都区', 2019, 4066)], opts(), { width: 500 });
    expect(s.nFilled).toBe(1);
    const filled = s.cells.filter((c) => c.latest);
    expect(filled.map((c) => [c.indicatorId, c.nameZh, c.latest!.value])).toEqual([['mediation.disputes', '花都区', 4066]]);
  });

  it('normal: years ascending per cell, badges, year filter, grid positions', () => {
    const cells = [
      makeCell('mediation.disputes', '花都区', 2019, 4066),
      makeCell('mediation.disputes', '花都区', 2016, 388, { period: 'h1' }),
      makeCell('disclosure.items_published', '绍兴市', 2019, 25240, { failed_checks: 'x' }),
    ];
    const s = buildCoverageState(cells, opts(), { width: 500 });
    const c = s.cells.find((c) => c.nameZh === '花都区' && c.indicatorId === 'mediation.disputes')!;
    expect(c.entries.map((e) => e.year)).toEqual([2016, 2019]);
    expect(c.latest!.value).toBe(4066);
    expect(c.badges).toEqual(['h1']);
    expect(s.cells.find((c) => c.nameZh === '绍兴市' && c.latest)!.badges).toEqual(['failed']);
    const only2016 = buildCoverageState(cells, opts([2016]), { width: 500 });
    expect(only2016.nFilled).toBe(1);
    expect(s.series[1]!.y).toBeGreaterThan(s.series[0]!.y);
    expect(s.columns[1]!.x).toBeGreaterThan(s.columns[0]!.x);
  });
});
