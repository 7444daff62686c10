/**
 * The pipeline's population table: reference CSV bytes + the jurisdictions table → the rows of
 * data/population.parquet, plus the issues the CLI prints. Malformed rows are reported and left out
 * (population is never guessed); rows naming no known jurisdiction are kept with a null id and a message.
 */
import type { JurisdictionRow, PopulationRow } from '../tables/types.ts';
import { matchPopulation } from './matchJurisdictions.ts';
import { parsePopulationCsv } from './populationCsv.ts';
import { decodeUtf8 } from './userTable.ts';

export function buildPopulationTable(bytes: Uint8Array, jurisdictions: readonly JurisdictionRow[]): { rows: PopulationRow[]; issues: string[] } {
  const text = decodeUtf8(bytes);
  if (text === null) return { rows: [], issues: ['reference: not UTF-8 text (only UTF-8 CSV is supported); no population rows written'] };
  const parsed = parsePopulationCsv(text);
  const rows = matchPopulation(parsed.rows, jurisdictions);
  const issues = [
    ...parsed.warnings,
    ...parsed.errors.map((e) => `${e} (row left out)`),
    ...rows.flatMap((r, i) => (r.jurisdiction_id === null ? [`line ${parsed.rows[i]!.line}: ${r.message} (kept with no jurisdiction_id)`] : [])),
  ];
  return { rows, issues: issues.map((m) => (m.startsWith('reference') ? m : `reference ${m}`)) };
}
