import type { JurisdictionOption } from '../../db/types.ts';
import type { YearSelection } from '../../url/state.ts';
import type { ChartStateBase, MarkDatum, Margin, Tick } from '../types.ts';

export interface CompareOptions {
  years: YearSelection;
  /** The jurisdictions to list (every one gets a row, with data or "no data"). */
  jurisdictions: readonly JurisdictionOption[];
  label: (j: { name_zh: string; name_en: string | null }) => string;
  /**
   * Draw at most this many jurisdictions (the highest values; no "no data" rows) when more are listed;
   * the rest are counted in `hidden`. Used when no jurisdictions were picked explicitly.
   */
  topN?: number;
  /** When the rows are only the top N (compareTop): how many listed jurisdictions have a value in all. */
  nWithData?: number;
}

export interface PlacedBar extends MarkDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  valueX: number; // where the value label starts
}

/** A year slot in a group without a value: drawn as a labelled "no data" mark, never as zero. */
export interface PlacedMissing extends MarkDatum {
  x: number;
  y: number;
  height: number;
}

export interface CompareGroup {
  jurisdictionId: string;
  nameZh: string;
  label: string; // full label
  shortLabel: string; // truncated to the label column
  y: number; // top of the group
  height: number;
  labelY: number;
  bars: PlacedBar[];
  missing: PlacedMissing[];
}

export interface CompareState extends ChartStateBase<CompareGroup> {
  mode: 'single' | 'grouped';
  years: number[]; // legend years (grouped) or the selected year (single)
  yearColours: { year: number; colour: string }[];
  width: number;
  height: number;
  margin: Margin;
  labelWidth: number;
  ticks: Tick[];
  plotLeft: number;
  plotRight: number;
  /** All values drawn, for notes and the source line. */
  values: MarkDatum[];
  nMissing: number;
  /** Listed jurisdictions left out by `topN` (null when every one is drawn). */
  hidden: { withData: number; noData: number } | null;
}
