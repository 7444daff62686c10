import type { CoverageCell, IndicatorOption, JurisdictionOption } from '../../db/types.ts';
import type { YearSelection } from '../../url/state.ts';
import type { BadgeKind } from '../notes.ts';
import type { ChartStateBase } from '../types.ts';
import type { MatrixGrid } from './matrixGrid.ts';

export interface CoverageOptions {
  years: YearSelection; // 'latest' = all years
  indicators: readonly IndicatorOption[];
  jurisdictions: readonly JurisdictionOption[];
  indicatorLabel: (i: IndicatorOption) => string;
  jurisdictionLabel: (j: JurisdictionOption) => string;
}

export interface PlacedCell {
  key: string;
  indicatorId: string;
  indicatorLabel: string;
  jurisdictionId: string;
  nameZh: string;
  jurisdictionLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  entries: CoverageCell[]; // one per year with a value, ascending
  latest: CoverageCell | null; // null = missing cell (drawn explicitly)
  badges: BadgeKind[];
}

export interface CoverageRow {
  indicatorId: string;
  label: string;
  shortLabel: string;
  y: number;
  cells: PlacedCell[];
}

export interface CoverageColumn {
  jurisdictionId: string;
  nameZh: string;
  label: string;
  shortLabel: string;
  x: number; // centre
}

/** The matrix geometry a coverage state carries (from matrixGrid). */
export type MatrixFrame = Pick<MatrixGrid, 'width' | 'height' | 'margin' | 'labelWidth' | 'cellWidth' | 'cellHeight'>;

export interface CoverageState extends ChartStateBase<CoverageRow>, MatrixFrame {
  columns: CoverageColumn[];
  nFilled: number;
  cells: PlacedCell[];
}
