import { describe, expect, it } from 'vitest';
import { buildTrendState } from '../../../../src/lib/charts/trend/trendState.ts';
import { makeJurisdiction, makeRow, zhLabel } from '../makeRows.ts';

const H = makeJurisdiction('花都区');
const S = makeJurisdiction('绍兴市');
const size = { width: 600, height: 300 };

describe('buildTrendState', () => {
  it('empty: no rows', () => {
    const s = buildTrendState([], { years: 'latest', jurisdictions: [], label: zhLabel }, size);
    expect(s.empty).toEqual({ reason: 'emptyNoRows' });
    expect(s.series).toEqual([]);
  });

  it('all missing: listed jurisdictions become no-data entries', () => {
    const s = buildTrendState([makeRow('花都区', 2019, null)], { years: 'latest', jurisdictions: [H, S], label: zhLabel }, size);
    expect(s.empty).toEqual({ reason: 'emptyAllMissing' });
    expect(s.noData.map((d) => d.nameZh)).toEqual(['花都区', '绍兴市']);
  });

  it('single value: one isolated dot, no line segment', () => {
    const s = buildTrendState([makeRow('花都区', 2019, 4066)], { years: 'latest', jurisdictions: [H], label: zhLabel }, size);
    expect(s.series[0]!.points).toHaveLength(1);
    expect(s.series[0]!.points[0]!.isolated).toBe(true);
    expect(s.series[0]!.path).not.toContain('L');
    expect(s.hasIsolated).toBe(true);
  });

  it('gaps stay gaps: a missing year splits the line; nulls are not zero', () => {
    const rows = [makeRow('花都区', 2016, 10), makeRow('花都区', 2017, 20), makeRow('花都区', 2018, null), makeRow('花都区', 2019, 30)];
    const s = buildTrendState(rows, { years: 'latest', jurisdictions: [H, S], label: zhLabel }, size);
    const ser = s.series[0]!;
    expect(ser.points.map((p) => p.year)).toEqual([2016, 2017, 2019]);
    expect(ser.path.match(/M/g)).toHaveLength(2); // two segments
    expect(ser.points.map((p) => p.isolated)).toEqual([false, false, true]);
    expect(s.noData.map((d) => d.nameZh)).toEqual(['绍兴市']);
    const y0 = s.yTicks.find((t) => t.value === 0)!.pos;
    expect(ser.points.every((p) => p.y < y0)).toBe(true);
    expect(s.xTicks.map((t) => t.value)).toEqual([2016, 2017, 2018, 2019]);
  });

  it('a year selection filters points', () => {
    const rows = [makeRow('花都区', 2016, 10), makeRow('花都区', 2019, 30)];
    const s = buildTrendState(rows, { years: [2019], jurisdictions: [H], label: zhLabel }, size);
    expect(s.values.map((v) => v.year)).toEqual([2019]);
  });
});

describe('trend legend', () => {
  it('lists series first, then no-data jurisdictions without colour, below the plot', () => {
    const s = buildTrendState([makeRow('绍兴市', 2019, 5)], { years: 'latest', jurisdictions: [H, S], label: zhLabel }, size);
    expect(s.legend.map((e) => [e.nameZh, e.colour === null])).toEqual([['绍兴市', false], ['花都区', true]]);
    expect(s.legend.every((e) => e.y > s.plotHeight)).toBe(true);
    expect(s.height).toBeGreaterThan(s.plotHeight);
  });
});
