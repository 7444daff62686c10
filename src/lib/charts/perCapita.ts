/**
 * Per-capita values for the Compare view: count ÷ resident population × `per` (10,000 by default),
 * using only population figures that carry a source (bundled reference table) or that the user
 * uploaded (labelled user-supplied). A pure function of rows and figures (OWID-style chart state).
 * - The population of the value's year is used, else the nearest year (the earlier one on a tie);
 *   which year and source was used is kept per value for the tooltip, table and notes.
 * - Counts only: a percentage (or any unit that is not a count or amount) is refused, rows unchanged.
 * - A value whose jurisdiction has no usable figure becomes a "no population figure" row: its value
 *   is null (listed, not drawn) and it is named in `noPopulation`, never given a zero.
 * - Zero, negative or non-finite populations are rejected (counted in `rejected`), never divided by.
 */
import type { ValueRow } from '../db/types.ts';
import type { PopulationRow } from '../tables/types.ts';
import { isDefinedValue } from './defined.ts';

export type PopulationOrigin = 'bundled' | 'user';

export type PopulationFigure = Pick<PopulationRow, 'jurisdiction_id' | 'year' | 'population' | 'source_title' | 'source_url'> & {
  origin: PopulationOrigin;
};

/** Units that scale with population: counts and amounts. A percent or ratio never does. */
export const PER_CAPITA_UNITS: ReadonlySet<string> = new Set([
  'cases', 'items', 'persons', 'organizations', 'requests', 'proposals', 'documents', 'decisions', 'projects', 'events', 'cny',
]);

export type PerCapitaRefusal = 'perCapitaPercent' | 'perCapitaNotCount';

/** Why a unit cannot be shown per capita, or null when it can. */
export function perCapitaRefusal(unit: string): PerCapitaRefusal | null {
  if (unit === 'percent') return 'perCapitaPercent';
  return PER_CAPITA_UNITS.has(unit) ? null : 'perCapitaNotCount';
}

export interface PerCapitaUse {
  count: number; // the reported figure
  population: number;
  populationYear: number;
  valueYear: number;
  source_title: string;
  source_url: string | null;
  origin: PopulationOrigin;
}

export interface PerCapitaResult {
  refused: PerCapitaRefusal | null;
  per: number;
  /** The rows with `value` per `per` residents (null where no population figure); unchanged when refused. */
  rows: ValueRow[];
  /** Per `${jurisdiction_id}|${year}` (MarkDatum.key): what was divided by what. */
  used: Map<string, PerCapitaUse>;
  /** Jurisdiction ids (with the years) that have a value but no population figure. */
  noPopulation: Map<string, number[]>;
  /** Population figures ignored because they are not a positive finite number. */
  rejected: number;
}

export const valueKey = (jurisdictionId: string, year: number | null) => `${jurisdictionId}|${year ?? ''}`;

/** The figure of the same year, else the nearest year (earlier wins a tie); null when there is none. */
export function nearestFigure<F extends Pick<PopulationFigure, 'year'>>(figures: readonly F[], year: number): F | null {
  let best: F | null = null;
  for (const f of figures) {
    if (!best) best = f;
    else {
      const d = Math.abs(f.year - year) - Math.abs(best.year - year);
      if (d < 0 || (d === 0 && f.year < best.year)) best = f;
    }
  }
  return best;
}

export function applyPerCapita(
  rows: readonly ValueRow[],
  population: readonly PopulationFigure[],
  options: { per?: number; unit?: string } = {},
): PerCapitaResult {
  const per = options.per ?? 10_000;
  // The indicator's unit; without it, the rows' own (every row of one indicator has the same unit).
  const units = options.unit !== undefined ? [options.unit] : [...new Set(rows.map((r) => r.unit).filter((u) => u !== ''))];
  const refused = units.map(perCapitaRefusal).find((r) => r !== null) ?? null;
  const used = new Map<string, PerCapitaUse>();
  const noPopulation = new Map<string, number[]>();
  const valid = population.filter((f) => f.jurisdiction_id !== null && isDefinedValue(f.population) && f.population > 0 && Number.isInteger(f.year));
  const rejected = population.filter((f) => !(isDefinedValue(f.population) && f.population > 0)).length;
  if (refused) return { refused, per, rows: [...rows], used, noPopulation, rejected };

  const byJ = new Map<string, PopulationFigure[]>();
  for (const f of valid) {
    const list = byJ.get(f.jurisdiction_id!);
    if (list) list.push(f);
    else byJ.set(f.jurisdiction_id!, [f]);
  }
  const out = rows.map((r): ValueRow => {
    if (!isDefinedValue(r.value) || r.year === null) return r; // no data stays no data
    const fig = nearestFigure(byJ.get(r.jurisdiction_id) ?? [], r.year);
    if (!fig) {
      const years = noPopulation.get(r.jurisdiction_id) ?? [];
      noPopulation.set(r.jurisdiction_id, [...years, r.year]);
      return { ...r, value: null };
    }
    used.set(valueKey(r.jurisdiction_id, r.year), {
      count: r.value,
      population: fig.population,
      populationYear: fig.year,
      valueYear: r.year,
      source_title: fig.source_title,
      source_url: fig.source_url,
      origin: fig.origin,
    });
    return { ...r, value: (r.value / fig.population) * per };
  });
  return { refused: null, per, rows: out, used, noPopulation, rejected };
}

/** True when a mark without a value is missing its population (not its data). */
export function lacksPopulation(result: PerCapitaResult | null, jurisdictionId: string, year: number | null): boolean {
  const years = result?.noPopulation.get(jurisdictionId);
  if (!years) return false;
  return year === null || years.includes(year);
}
