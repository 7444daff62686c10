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
  fill: string; // shade by share; an empty cell stays grey (missing is not a light blue)
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

/** Light to dark blue by the share of jurisdictions with a value; grey when none has one. */
export function shareFill(nWithData: number, nTotal: number): string {
  return nWithData > 0 && nTotal > 0 ? `rgba(0, 114, 178, ${(0.15 + 0.6 * Math.min(1, nWithData / nTotal)).toFixed(2)})` : '#f4f4f4';
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
        fill: shareFill(nWithData, nTotal),
        jurisdictionIds: col.jurisdictionIds,
      };
    });
    return { indicatorId: ind.indicator_id, label, shortLabel: truncateLabel(label, labelWidth - 8), y, cells: rowCells };
  });

  const empty: CoverageGroupState['empty'] =
    options.indicators.length === 0 || columns.length === 0 ? { reason: 'emptyNoRows' } : nFilled === 0 ? { reason: 'emptyAllMissing' } : null;
  return {
    series,
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
