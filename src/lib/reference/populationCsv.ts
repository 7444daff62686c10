/**
 * A population reference table as CSV: columns `jurisdiction`, `year`, `population`, `source_title`
 * (required) and `parent`, `province`, `kind`, `source_url` (optional), in any order. Used by the
 * pipeline (`npm run ingest -- --reference`) and by the browser upload alike. Pure: text in, rows and
 * problems out. Population is a plain number of residents (persons): `271.29万` is refused, not guessed.
 */
import { parseCsv } from '../ingest/csv.ts';
import type { PopulationRow } from '../tables/types.ts';

export type PopulationInput = Omit<PopulationRow, 'jurisdiction_id' | 'message'> & { line: number };

export const REQUIRED_COLUMNS = ['jurisdiction', 'year', 'population', 'source_title'] as const;
export const OPTIONAL_COLUMNS = ['parent', 'province', 'kind', 'source_url'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export interface ParsedPopulationCsv {
  rows: PopulationInput[];
  /** Problems that make a row (or the whole table) unusable; each names its line. */
  errors: string[];
  /** Things ignored on purpose (unknown columns). */
  warnings: string[];
}

/** "2,712,900" and " 460790 " → number; null unless a plain non-negative decimal. */
export function parsePopulationNumber(raw: string): number | null {
  const v = raw.replace(/[,\s]/g, '');
  return /^\d+(\.\d+)?$/.test(v) ? Number(v) : null;
}

function cellOf(cells: readonly string[], index: Partial<Record<Column, number>>, c: Column): string {
  const i = index[c];
  return i === undefined ? '' : (cells[i] ?? '').trim();
}

export function parsePopulationCsv(text: string): ParsedPopulationCsv {
  const csv = parseCsv(text);
  if (!csv.ok) return { rows: [], errors: [`not a valid CSV file: ${csv.error}`], warnings: [] };
  const [header, ...body] = csv.rows;
  if (!header) return { rows: [], errors: ['the file is empty'], warnings: [] };
  const names = header.map((h) => h.trim().toLowerCase());
  const index: Partial<Record<Column, number>> = {};
  const warnings: string[] = [];
  names.forEach((n, i) => {
    if (KNOWN.includes(n)) index[n as Column] ??= i;
    else warnings.push(`column "${header[i]}" is not used (known columns: ${KNOWN.join(', ')})`);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length) {
    return { rows: [], errors: [`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (the header row must name ${REQUIRED_COLUMNS.join(', ')})`], warnings };
  }
  if (body.length === 0) return { rows: [], errors: ['the table has a header but no rows'], warnings };

  const rows: PopulationInput[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) {
      errors.push(`line ${line}: ${cells.length} cells, the header has ${header.length}`);
      return;
    }
    const get = (c: Column) => cellOf(cells, index, c);
    const problems: string[] = [];
    const jurisdiction = get('jurisdiction');
    if (!jurisdiction) problems.push('no jurisdiction name');
    const yearText = get('year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) problems.push(`year "${yearText}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}`);
    const popText = get('population');
    const population = parsePopulationNumber(popText);
    if (population === null) problems.push(`population "${popText}" is not a number of residents (digits only, e.g. 460790)`);
    else if (population <= 0) problems.push(`population must be greater than zero (got ${popText})`);
    const source_title = get('source_title');
    if (!source_title) problems.push('no source_title (every figure needs its source)');
    if (problems.length) {
      errors.push(`line ${line}: ${problems.join('; ')}`);
      return;
    }
    const row: PopulationInput = {
      line,
      jurisdiction,
      parent: get('parent') || null,
      province: get('province') || null,
      year,
      population: population!,
      kind: get('kind') || null,
      source_title,
      source_url: get('source_url') || null,
    };
    const key = [row.province, row.parent, row.jurisdiction, row.year].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(`line ${line}: ${jurisdiction} ${year} is already given on line ${first}`);
      return;
    }
    seen.set(key, line);
    rows.push(row);
  });
  return { rows, errors, warnings };
}
