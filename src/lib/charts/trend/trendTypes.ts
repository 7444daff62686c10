import type { JurisdictionOption } from '../../db/types.ts';
import type { YearSelection } from '../../url/state.ts';
import type { ChartStateBase, MarkDatum, Margin, Tick } from '../types.ts';

export interface TrendOptions {
  years: YearSelection; // 'latest' = every year with data
  jurisdictions: readonly JurisdictionOption[];
  label: (j: { name_zh: string; name_en: string | null }) => string;
}

export interface PlacedPoint extends MarkDatum {
  x: number;
  y: number;
  isolated: boolean; // no defined neighbour year: shown as a larger dot since no line reaches it
}

export interface TrendSeries {
  jurisdictionId: string;
  nameZh: string;
  label: string;
  colour: string;
  path: string; // gaps stay gaps (line().defined)
  points: PlacedPoint[];
}

/** Legend entry under the plot: a series (with its colour) or a "no data" row. */
export interface LegendEntry {
  jurisdictionId: string;
  nameZh: string;
  label: string;
  colour: string | null; // null = no data
  x: number;
  y: number; // text baseline
}

export interface TrendState extends ChartStateBase<TrendSeries> {
  width: number;
  height: number; // plot + legend
  plotHeight: number;
  legend: LegendEntry[];
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Jurisdictions listed with no value in the shown years. */
  noData: MarkDatum[];
  values: MarkDatum[];
  hasIsolated: boolean;
}
