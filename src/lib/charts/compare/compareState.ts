/**
 * Compare: one indicator across jurisdictions. One year or "latest available" → one bar per
 * jurisdiction sorted by value; several years → grouped bars. Jurisdictions without a value keep a
 * row with a "no data" mark; a null is never drawn as a zero-length bar.
 */
import { scaleLinear } from 'd3-scale';
import type { JurisdictionOption, ValueRow } from '../../db/types.ts';
import { hasValue, valueDomain, type DefinedValueRow } from '../defined.ts';
import { badgesOf } from '../notes.ts';
import { BAR_COLOUR, colourAt } from '../palette.ts';
import { truncateLabel, type MarkDatum, type Size } from '../types.ts';
import type { CompareGroup, CompareOptions, CompareState, PlacedBar, PlacedMissing } from './compareTypes.ts';

/** Bars drawn when no jurisdictions are picked and more than this many are listed (sql.ts: also ranked at build time). */
export { COMPARE_TOP_N } from '../../db/sql.ts';
const COLLATOR = new Intl.Collator(); // = localeCompare's order, without its per-call setup
const BAR_H = 22;
const GROUPED_BAR_H = 16;
const GROUP_GAP = 10;
const VALUE_ROOM = 92; // right margin for value labels + badges
const MARGIN = { top: 24, right: 8, bottom: 8, left: 8 };

/** The value each jurisdiction shows per year: latest mode keeps only each jurisdiction's latest year. */
export function pickValues(rows: readonly ValueRow[], years: CompareOptions['years']): Map<string, Map<number, DefinedValueRow>> {
  const byJ = new Map<string, Map<number, DefinedValueRow>>();
  for (const r of rows) {
    if (!hasValue(r)) continue;
    if (years !== 'latest' && !years.includes(r.year)) continue;
    let m = byJ.get(r.jurisdiction_id);
    if (!m) byJ.set(r.jurisdiction_id, (m = new Map()));
    if (!m.has(r.year)) m.set(r.year, r); // first row per (jurisdiction, year) is the headline
  }
  if (years === 'latest') {
    for (const [j, m] of byJ) {
      const latest = Math.max(...m.keys());
      byJ.set(j, new Map([[latest, m.get(latest)!]]));
    }
  }
  return byJ;
}

function datum(j: { jurisdiction_id: string; name_zh: string }, label: string, year: number | null, row: ValueRow | null): MarkDatum {
  return {
    key: `${j.jurisdiction_id}|${year ?? ''}`,
    jurisdictionId: j.jurisdiction_id,
    nameZh: j.name_zh,
    label,
    year,
    value: row?.value ?? null,
    badges: row ? badgesOf(row) : [],
    row,
  };
}

/** id → jurisdiction, built once per list (the national list has thousands; states are rebuilt often). */
const INDEXES = new WeakMap<readonly JurisdictionOption[], Map<string, JurisdictionOption>>();
function indexOf(list: readonly JurisdictionOption[]): Map<string, JurisdictionOption> {
  let m = INDEXES.get(list);
  if (!m) INDEXES.set(list, (m = new Map(list.map((j) => [j.jurisdiction_id, j]))));
  return m;
}

export function buildCompareState(rows: readonly ValueRow[], options: CompareOptions, size: Size): CompareState {
  const width = Math.max(240, size.width);
  const labelWidth = Math.round(Math.min(180, Math.max(84, width * 0.3)));
  const plotLeft = MARGIN.left + labelWidth + 8;
  const plotRight = Math.max(plotLeft + 40, width - MARGIN.right - VALUE_ROOM);
  const picked = pickValues(rows, options.years);
  const mode: CompareState['mode'] = options.years !== 'latest' && options.years.length > 1 ? 'grouped' : 'single';
  const years = options.years === 'latest' ? [] : [...options.years];
  const yearColours = mode === 'grouped' ? years.map((year, i) => ({ year, colour: colourAt(i) })) : [];
  const colourOf = (year: number) => yearColours.find((c) => c.year === year)?.colour ?? BAR_COLOUR;

  // Every listed jurisdiction, plus (when none are listed) every jurisdiction the rows name.
  const index = indexOf(options.jurisdictions);
  const extra = new Map<string, JurisdictionOption>();
  if (options.jurisdictions.length === 0) {
    for (const r of rows) {
      if (!extra.has(r.jurisdiction_id)) extra.set(r.jurisdiction_id, { jurisdiction_id: r.jurisdiction_id, name_zh: r.name_zh, name_en: r.name_en, parent: null, province: null, admin_level: null });
    }
  }
  const nListed = index.size + extra.size;

  const allValues = [...picked.values()].flatMap((m) => [...m.values()]);
  const x = scaleLinear().domain(valueDomain(allValues.map((r) => r.value))).range([plotLeft, plotRight]).nice();
  const x0 = x(Math.max(0, x.domain()[0]!));

  // Rows with a value first (value desc), then no-data rows by id. Built apart: at national scale the
  // thousands of listed jurisdictions without a value are not drawn (top N), so they are only counted.
  type Entry = { j: JurisdictionOption; m: Map<number, DefinedValueRow>; sortValue: number | null };
  const byId = (a: Entry, b: Entry) => COLLATOR.compare(a.j.jurisdiction_id, b.j.jurisdiction_id);
  const valued: (Entry & { sortValue: number })[] = [];
  for (const [id, m] of picked) {
    const j = index.get(id) ?? extra.get(id);
    if (j) valued.push({ j, m, sortValue: Math.max(...[...m.values()].map((r) => r.value)) });
  }
  valued.sort((a, b) => b.sortValue - a.sortValue || byId(a, b));
  const truncating = options.topN !== undefined && nListed > options.topN;
  const noValue: Entry[] = [];
  if (!truncating) {
    for (const j of [...index.values(), ...extra.values()]) if (!picked.has(j.jurisdiction_id)) noValue.push({ j, m: new Map(), sortValue: null });
    noValue.sort(byId);
  }
  const entries: Entry[] = [...valued, ...noValue];

  // Top N: thousands of bars are unreadable and slow; the rest are counted under the chart.
  let hidden: CompareState['hidden'] = null;
  if (truncating) {
    const withData = options.nWithData ?? valued.length;
    entries.length = Math.min(entries.length, options.topN!);
    hidden = { withData: withData - entries.length, noData: nListed - withData };
  }

  const values: MarkDatum[] = [];
  const series: CompareGroup[] = [];
  let y = MARGIN.top;
  let nMissing = 0;
  for (const { j, m, sortValue } of entries) {
    const label = options.label(j);
    const slots: (number | null)[] = mode === 'grouped' ? years : [m.size ? [...m.keys()][0]! : (years[0] ?? null)];
    const barH = mode === 'grouped' ? GROUPED_BAR_H : BAR_H;
    // A jurisdiction with no value at all gets one "no data" row, not one per year.
    const effective = sortValue === null ? [slots.length === 1 ? slots[0]! : null] : slots;
    const bars: PlacedBar[] = [];
    const missing: PlacedMissing[] = [];
    effective.forEach((year, i) => {
      const top = y + i * barH;
      const row = year === null ? null : (m.get(year) ?? null);
      const d = datum(j, label, year, row);
      if (row) {
        const xv = x(row.value);
        const left = Math.min(x0, xv);
        bars.push({ ...d, x: left, y: top + 2, width: Math.max(1, Math.abs(xv - x0)), height: barH - 4, colour: colourOf(row.year), valueX: Math.max(x0, xv) + 4 });
        values.push(d);
      } else {
        missing.push({ ...d, x: x0, y: top + 2, height: barH - 4 });
      }
    });
    if (sortValue === null) nMissing += 1;
    const height = effective.length * barH;
    series.push({
      jurisdictionId: j.jurisdiction_id,
      nameZh: j.name_zh,
      label,
      shortLabel: truncateLabel(label, labelWidth),
      y,
      height,
      labelY: y + height / 2,
      bars,
      missing,
    });
    y += height + (mode === 'grouped' ? GROUP_GAP : 0);
  }

  const empty: CompareState['empty'] =
    rows.length === 0 && nListed === 0
      ? { reason: 'emptyNoRows' }
      : allValues.length === 0
        ? { reason: rows.length === 0 ? 'emptyNoRows' : 'emptyAllMissing' }
        : null;

  return {
    series,
    empty,
    mode,
    years: mode === 'grouped' ? years : years.slice(0, 1),
    yearColours,
    width,
    height: y + MARGIN.bottom,
    margin: MARGIN,
    labelWidth,
    ticks: x.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 70))).map((value) => ({ value, pos: x(value) })),
    plotLeft,
    plotRight,
    values,
    nMissing: nMissing + (hidden?.noData ?? 0),
    hidden,
  };
}
