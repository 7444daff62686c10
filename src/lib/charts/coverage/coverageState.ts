/**
 * Coverage: indicators × jurisdictions. Each cell lists the years that have a value (with badges
 * for period/qualifier/failed checks); cells without a value stay in the matrix, marked missing.
 */
import { ascending } from 'd3-array';
import type { CoverageCell } from '../../db/types.ts';
import { badgesUsed } from '../notes.ts';
import { truncateLabel, type Size } from '../types.ts';
import type { CoverageColumn, CoverageOptions, CoverageRow, CoverageState, PlacedCell } from './coverageTypes.ts';
import { matrixGrid } from './matrixGrid.ts';


export function buildCoverageState(cells: readonly CoverageCell[], options: CoverageOptions, size: Size): CoverageState {
  const grid = matrixGrid(size.width, options.jurisdictions.length, options.indicators.length);
  const { colX, rowY, cellWidth, labelWidth } = grid;
  const inYears = (y: number) => options.years === 'latest' || options.years.includes(y);

  const byKey = new Map<string, CoverageCell[]>();
  for (const c of cells) {
    if (!Number.isFinite(c.value) || !inYears(c.year)) continue;
    const k = `${c.indicator_id}|${c.jurisdiction_id}`;
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }

  const columns: CoverageColumn[] = options.jurisdictions.map((j, i) => {
    const label = options.jurisdictionLabel(j);
    return {
      jurisdictionId: j.jurisdiction_id,
      nameZh: j.name_zh,
      label,
      shortLabel: truncateLabel(label, grid.margin.top * 1.3, 11),
      x: colX(i) + cellWidth / 2,
    };
  });

  let nFilled = 0;
  const all: PlacedCell[] = [];
  const series: CoverageRow[] = options.indicators.map((ind, r) => {
    const label = options.indicatorLabel(ind);
    const y = rowY(r);
    const rowCells = options.jurisdictions.map((j, c): PlacedCell => {
      const entries = (byKey.get(`${ind.indicator_id}|${j.jurisdiction_id}`) ?? [])
        .slice()
        .sort((a, b) => ascending(a.year, b.year));
      // One value per year (the first is the headline).
      const perYear = entries.filter((e, k) => k === 0 || entries[k - 1]!.year !== e.year);
      if (perYear.length) nFilled += 1;
      const cell: PlacedCell = {
        key: `${ind.indicator_id}|${j.jurisdiction_id}`,
        indicatorId: ind.indicator_id,
        indicatorLabel: label,
        jurisdictionId: j.jurisdiction_id,
        nameZh: j.name_zh,
        jurisdictionLabel: options.jurisdictionLabel(j),
        x: colX(c),
        y,
        width: cellWidth,
        height: grid.cellHeight,
        entries: perYear,
        latest: perYear.at(-1) ?? null,
        badges: badgesUsed(perYear),
      };
      all.push(cell);
      return cell;
    });
    return { indicatorId: ind.indicator_id, label, shortLabel: truncateLabel(label, labelWidth - 8), y, cells: rowCells };
  });

  const empty: CoverageState['empty'] =
    options.indicators.length === 0 || options.jurisdictions.length === 0
      ? { reason: 'emptyNoRows' }
      : nFilled === 0
        ? { reason: 'emptyAllMissing' }
        : null;

  return {
    series,
    empty,
    width: grid.width,
    height: grid.height,
    margin: grid.margin,
    labelWidth,
    cellWidth,
    cellHeight: grid.cellHeight,
    columns,
    nFilled,
    cells: all,
  };
}
