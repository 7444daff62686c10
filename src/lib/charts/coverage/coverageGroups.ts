/**
 * Coverage at national scale: thousands of jurisdictions cannot each get a column, so the matrix is
 * indicators × groups (provinces), each cell saying how many of the group's jurisdictions have a value.
 * Groups come from the jurisdictions listed (so a group with no data at all still gets its column).
 */
import type { CoverageGroupCell, IndicatorOption, JurisdictionOption } from '../../db/types.ts';
import { truncateLabel, type Size } from '../types.ts';
import type { MatrixFrame } from './coverageTypes.ts';
import { matrixGrid } from './matrixGrid.ts';

/** Above this many jurisdictions (none picked explicitly), Coverage shows groups instead. */
export const COVERAGE_MAX_COLUMNS = 40;

export interface GroupColumn {
  grp: string;
  nameZh: string;
  label: string;
  shortLabel: string;
  x: number; // centre
  jurisdictionIds: string[]; // the group's listed jurisdictions (drill-down)
}

export interface PlacedGroupCell {
  key: string;
  indicatorId: string;
  indicatorLabel: string;
  grp: string;
  nameZh: string;
  groupLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  nWithData: number;
  nTotal: number;
  share: number; // nWithData / nTotal (0 when the group is empty)
  shade: number; // SHADES index: 0 = no jurisdiction has a value, then by share
  row: number;
  col: number;
  jurisdictionIds: string[];
}

export interface CoverageGroupRow {
  indicatorId: string;
  label: string;
  shortLabel: string;
  y: number;
  cells: PlacedGroupCell[];
}

export interface CoverageGroupState extends MatrixFrame {
  series: CoverageGroupRow[];
  paths: ShadePath[];
  columns: GroupColumn[];
  nFilled: number; // cells with at least one jurisdiction with data
  empty: { reason: 'emptyNoRows' | 'emptyAllMissing' } | null;
}

export interface CoverageGroupOptions {
  indicators: readonly IndicatorOption[];
  jurisdictions: readonly JurisdictionOption[];
  indicatorLabel: (i: IndicatorOption) => string;
  jurisdictionLabel: (j: JurisdictionOption) => string;
}

/**
 * Cells are shaded in classes of the share of a province's jurisdictions with a value (classes read
 * better than a continuous ramp, and a thousand cells then draw as one path per class). Class 0 is
 * "none": grey and dashed, never a light blue (missing is not a small number).
 */
export const SHADES: readonly { fill: string; upTo: number }[] = [
  { fill: '#f4f4f4', upTo: 0 },
  { fill: '#d4e6f3', upTo: 0.2 },
  { fill: '#a9cce6', upTo: 0.4 },
  { fill: '#73acd6', upTo: 0.6 },
  { fill: '#3a88c2', upTo: 0.8 },
  { fill: '#0b5c99', upTo: 1 },
];

export function shadeOf(nWithData: number, nTotal: number): number {
  if (nWithData <= 0 || nTotal <= 0) return 0;
  const share = Math.min(1, nWithData / nTotal);
  return SHADES.findIndex((s, i) => i > 0 && share <= s.upTo + 1e-9);
}

/** One path per shade class: every cell of that class as a rectangle inset by 1 px (the grid's gaps). */
export interface ShadePath {
  shade: number;
  fill: string;
  d: string;
  n: number;
}

function shadePaths(series: readonly CoverageGroupRow[]): ShadePath[] {
  const parts = SHADES.map(() => [] as string[]);
  for (const r of series) {
    for (const c of r.cells) parts[c.shade]!.push(`M${c.x + 1},${c.y + 1}h${c.width - 2}v${c.height - 2}h${-(c.width - 2)}z`);
  }
  return parts.flatMap((p, shade) => (p.length ? [{ shade, fill: SHADES[shade]!.fill, d: p.join(''), n: p.length }] : []));
}

/** The cell under a point of the chart (its own coordinates), or null between and outside cells. */
export function cellAt(state: CoverageGroupState, x: number, y: number): PlacedGroupCell | null {
  const first = state.series[0]?.cells[0];
  if (!first) return null;
  const col = Math.floor((x - first.x) / state.cellWidth);
  const row = Math.floor((y - first.y) / state.cellHeight);
  return state.series[row]?.cells[col] ?? null;
}

/** The cell an arrow key (or Home/End) moves to from `from`; null for other keys. */
export function cellMove(state: CoverageGroupState, from: PlacedGroupCell | null, key: string): PlacedGroupCell | null {
  const rows = state.series.length;
  const cols = state.columns.length;
  if (!rows || !cols) return null;
  const [r, c] = from ? [from.row, from.col] : [0, 0];
  const to: Record<string, [number, number]> = {
    ArrowUp: [r - 1, c], ArrowDown: [r + 1, c], ArrowLeft: [r, c - 1], ArrowRight: [r, c + 1],
    Home: [r, 0], End: [r, cols - 1],
  };
  const next = to[key];
  if (!next) return null;
  if (!from) return state.series[0]!.cells[0]!;
  const [nr, nc] = [Math.max(0, Math.min(rows - 1, next[0])), Math.max(0, Math.min(cols - 1, next[1]))];
  return state.series[nr]!.cells[nc]!;
}

/** The group of a jurisdiction: the same key as sql.ts GROUP_SQL. */
export const groupOf = (j: Pick<JurisdictionOption, 'province'>): string => j.province ?? '';

export function buildCoverageGroupState(cells: readonly CoverageGroupCell[], options: CoverageGroupOptions, size: Size): CoverageGroupState {

  const members = new Map<string, string[]>();
  for (const j of options.jurisdictions) {
    const g = groupOf(j);
    const list = members.get(g);
    if (list) list.push(j.jurisdiction_id);
    else members.set(g, [j.jurisdiction_id]);
  }
  const byId = new Map(options.jurisdictions.map((j) => [j.jurisdiction_id, j]));
  const groups = [...members.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const grid = matrixGrid(size.width, groups.length, options.indicators.length);
  const { colX, rowY, cellWidth, labelWidth } = grid;

  const columns: GroupColumn[] = groups.map((grp, i) => {
    // A group named after a listed jurisdiction (the province itself) takes its display name.
    const self = byId.get(grp);
    const label = self ? options.jurisdictionLabel(self) : grp;
    return {
      grp,
      nameZh: self?.name_zh ?? grp,
      label,
      shortLabel: truncateLabel(label, grid.margin.top * 1.3, 11),
      x: colX(i) + cellWidth / 2,
      jurisdictionIds: members.get(grp)!,
    };
  });

  const count = new Map(cells.map((c) => [`${c.indicator_id}|${c.grp}`, c.n_jurisdictions]));
  let nFilled = 0;
  const series = options.indicators.map((ind, r): CoverageGroupRow => {
    const label = options.indicatorLabel(ind);
    const y = rowY(r);
    const rowCells = columns.map((col, c): PlacedGroupCell => {
      const nTotal = col.jurisdictionIds.length;
      const nWithData = Math.min(nTotal, count.get(`${ind.indicator_id}|${col.grp}`) ?? 0);
      if (nWithData > 0) nFilled += 1;
      return {
        key: `${ind.indicator_id}|${col.grp}`,
        indicatorId: ind.indicator_id,
        indicatorLabel: label,
        grp: col.grp,
        nameZh: col.nameZh,
        groupLabel: col.label,
        x: colX(c),
        y,
        width: cellWidth,
        height: grid.cellHeight,
        nWithData,
        nTotal,
        share: nTotal ? nWithData / nTotal : 0,
        shade: shadeOf(nWithData, nTotal),
        row: r,
        col: c,
        jurisdictionIds: col.jurisdictionIds,
      };
    });
    return { indicatorId: ind.indicator_id, label, shortLabel: truncateLabel(label, labelWidth - 8), y, cells: rowCells };
  });

  const empty: CoverageGroupState['empty'] =
    options.indicators.length === 0 || columns.length === 0 ? { reason: 'emptyNoRows' } : nFilled === 0 ? { reason: 'emptyAllMissing' } : null;
  return {
    series,
    paths: shadePaths(series),
    columns,
    width: grid.width,
    height: grid.height,
    margin: grid.margin,
    labelWidth,
    cellWidth,
    cellHeight: grid.cellHeight,
    nFilled,
    empty,
  };
}
