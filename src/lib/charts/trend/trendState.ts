/**
 * Trend: one indicator over years, one line per jurisdiction. Years without a value are gaps
 * (d3 line().defined), single values with no neighbour are dots, and jurisdictions with no value
 * at all are listed as "no data".
 */
import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ValueRow } from '../../db/types.ts';
import { hasValue, valueDomain, type DefinedValueRow } from '../defined.ts';
import { badgesOf } from '../notes.ts';
import { colourAt } from '../palette.ts';
import { truncateLabel, type MarkDatum, type Size } from '../types.ts';
import type { LegendEntry, PlacedPoint, TrendOptions, TrendSeries, TrendState } from './trendTypes.ts';

/** Lines drawn when no jurisdictions are picked and more are listed (the rest would be unreadable). */
export const TREND_TOP_N = 8;
const MARGIN = { top: 16, right: 16, bottom: 28, left: 56 };
const LEGEND_ROW = 20;

export function buildTrendState(rows: readonly ValueRow[], options: TrendOptions, size: Size): TrendState {
  const width = Math.max(240, size.width);
  const height = Math.max(180, size.height ?? Math.round(Math.min(420, width * 0.6)));
  const inYears = (y: number) => options.years === 'latest' || options.years.includes(y);

  const byJ = new Map<string, Map<number, DefinedValueRow>>();
  for (const r of rows) {
    if (!hasValue(r) || !inYears(r.year)) continue;
    let m = byJ.get(r.jurisdiction_id);
    if (!m) byJ.set(r.jurisdiction_id, (m = new Map()));
    if (!m.has(r.year)) m.set(r.year, r);
  }
  const defined = [...byJ.values()].flatMap((m) => [...m.values()]);
  const listed = options.jurisdictions.length > 0
    ? [...options.jurisdictions]
    : [...new Map(rows.map((r) => [r.jurisdiction_id, { jurisdiction_id: r.jurisdiction_id, name_zh: r.name_zh, name_en: r.name_en }])).values()];

  const yearsWithData = defined.map((r) => r.year);
  const selected = options.years === 'latest' ? [] : options.years;
  const allYears = [...yearsWithData, ...selected];
  let minYear = allYears.length ? Math.min(...allYears) : new Date().getFullYear() - 1;
  let maxYear = allYears.length ? Math.max(...allYears) : minYear;
  if (minYear === maxYear) {
    minYear -= 1;
    maxYear += 1;
  }
  const x = scaleLinear().domain([minYear, maxYear]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain(valueDomain(defined.map((r) => r.value))).range([height - MARGIN.bottom, MARGIN.top]).nice();
  const yearGrid = range(minYear, maxYear + 1);

  const series: TrendSeries[] = [];
  const noData: MarkDatum[] = [];
  const values: MarkDatum[] = [];
  listed.forEach((j, i) => {
    const label = options.label(j);
    const m = byJ.get(j.jurisdiction_id);
    if (!m || m.size === 0) {
      noData.push({ key: `${j.jurisdiction_id}|`, jurisdictionId: j.jurisdiction_id, nameZh: j.name_zh, label, year: null, value: null, badges: [], row: null });
      return;
    }
    const grid = yearGrid.map((yr) => ({ yr, row: m.get(yr) ?? null }));
    const path = line<{ yr: number; row: DefinedValueRow | null }>()
      .defined((d) => d.row !== null)
      .x((d) => x(d.yr))
      .y((d) => y(d.row!.value))(grid) ?? '';
    const points: PlacedPoint[] = grid.flatMap((d, k) => {
      if (!d.row) return [];
      const isolated = !grid[k - 1]?.row && !grid[k + 1]?.row;
      const mark: PlacedPoint = {
        key: `${j.jurisdiction_id}|${d.yr}`,
        jurisdictionId: j.jurisdiction_id,
        nameZh: j.name_zh,
        label,
        year: d.yr,
        value: d.row.value,
        badges: badgesOf(d.row),
        row: d.row,
        x: x(d.yr),
        y: y(d.row.value),
        isolated,
      };
      values.push(mark);
      return [mark];
    });
    series.push({ jurisdictionId: j.jurisdiction_id, nameZh: j.name_zh, label, colour: colourAt(i), path, points });
  });

  const xTicks = yearGrid
    .filter((yr, k) => yearGrid.length <= Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 44)) || k % Math.ceil(yearGrid.length / 6) === 0)
    .map((value) => ({ value, pos: x(value) }));
  const yTicks = y.ticks(Math.max(2, Math.floor((height - MARGIN.top - MARGIN.bottom) / 50))).map((value) => ({ value, pos: y(value) }));

  // Legend: one entry per listed jurisdiction, in columns as wide as the longest label allows.
  const colW = Math.min(width - MARGIN.left, 180);
  const perRow = Math.max(1, Math.floor((width - 8) / colW));
  const entries = [
    ...series.map((s) => ({ jurisdictionId: s.jurisdictionId, nameZh: s.nameZh, label: s.label, colour: s.colour as string | null })),
    ...noData.map((d) => ({ jurisdictionId: d.jurisdictionId, nameZh: d.nameZh, label: d.label, colour: null })),
  ];
  const legend: LegendEntry[] = entries.map((e, k) => ({
    ...e,
    label: truncateLabel(e.label, colW - 28),
    x: 8 + (k % perRow) * colW,
    y: height + 24 + Math.floor(k / perRow) * LEGEND_ROW,
  }));
  const legendRows = Math.ceil(entries.length / perRow);

  return {
    series,
    plotHeight: height,
    legend,
    empty: defined.length === 0 ? { reason: rows.length === 0 ? 'emptyNoRows' : 'emptyAllMissing' } : null,
    width,
    height: height + (legendRows ? 16 + legendRows * LEGEND_ROW : 0),
    margin: MARGIN,
    xTicks,
    yTicks,
    noData,
    values,
    hasIsolated: values.some((v) => (v as PlacedPoint).isolated),
  };
}
