/**
 * Every question the dashboard asks, one named function each. Values are bound as parameters;
 * table and column names are constants. The charted fact always comes from the derived `headline` table
 * (its single definition is in sql.ts), which also carries the failed-check messages.
 */
import {
  DbError,
  type CoverageCell,
  type CoverageGroupCell,
  type Db,
  type DocumentDetail,
  type DocumentFact,
  type DocumentSummary,
  type IndicatorOption,
  type JurisdictionOption,
  type PopulationFigureRow,
  type ValueRow,
} from './types.ts';
import { COMPARE_TOP_N, GROUP_SQL, Params, valueRowColumns, WITH_DOCUMENTS_SQL } from './sql.ts';

export interface CompareOptions {
  indicator: string;
  years: number[] | 'latest';
  jurisdictions?: string[];
}
export interface TrendOptions {
  indicator: string;
  jurisdictions?: string[];
  /** With no jurisdictions given: only the N with the highest latest value (ties: by id). */
  topN?: number;
}
export interface CoverageOptions {
  jurisdictions?: string[];
  years?: number[];
}

async function run<T extends object>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  try {
    return await db.query<T>(sql, params);
  } catch (e) {
    if (e instanceof DbError) throw e;
    throw new DbError(`query failed: ${e instanceof Error ? e.message : String(e)}`, sql, e);
  }
}

/** Scope condition on alias j: the selected jurisdictions, or all with documents when none given. */
function scopeSql(p: Params, jurisdictions: readonly string[] | undefined): string {
  if (jurisdictions === undefined) return WITH_DOCUMENTS_SQL;
  if (jurisdictions.length === 0) return 'FALSE';
  return `j.jurisdiction_id IN (${p.list(jurisdictions)})`;
}

/** All taxonomy indicators in taxonomy order; n_facts / n_jurisdictions count charted headline values. */
export async function listIndicators(db: Db): Promise<IndicatorOption[]> {
  const sql = `SELECT i.indicator_id, i.category, i.unit, i.name_zh, i.name_en, i.definition,
  count(h.fact_id) AS n_facts, count(DISTINCT h.jurisdiction_id) AS n_jurisdictions
FROM indicators i LEFT JOIN headline h ON h.indicator_id = i.indicator_id
GROUP BY ALL ORDER BY min(i.ord), i.indicator_id`;
  return run<IndicatorOption>(db, sql);
}

/** Jurisdictions that have at least one document, ordered by their administrative path. */
export async function listJurisdictions(db: Db): Promise<JurisdictionOption[]> {
  const sql = `SELECT j.jurisdiction_id, j.name_zh, j.name_en, j.parent, j.province, j.admin_level
FROM jurisdictions j WHERE ${WITH_DOCUMENTS_SQL} ORDER BY j.jurisdiction_id`;
  return run<JurisdictionOption>(db, sql);
}

/** Years (period_year) with at least one charted value, ascending. */
export async function listYears(db: Db): Promise<number[]> {
  const sql = `SELECT DISTINCT period_year AS year FROM headline ORDER BY year`;
  return (await run<{ year: number }>(db, sql)).map((r) => r.year);
}

/**
 * One row per jurisdiction in scope × requested year ('latest' = each jurisdiction's latest year with a
 * value); value null when there is none. Sorted by value desc, nulls last.
 */
export async function compareValues(db: Db, opts: CompareOptions): Promise<ValueRow[]> {
  if (Array.isArray(opts.years) && opts.years.length === 0) return [];
  const p = new Params();
  const ind = p.add(opts.indicator);
  const scope = scopeSql(p, opts.jurisdictions);
  // A few picked jurisdictions: read only their rows (the window below would otherwise run over all).
  const only = opts.jurisdictions?.length ? `AND jurisdiction_id IN (${p.list(opts.jurisdictions)}) ` : '';
  // One pass over the indicator's headline rows: the latest year per jurisdiction, or the requested years.
  let h: string, yearsCte: string, join: string, on: string, year: string;
  if (opts.years === 'latest') {
    [h, yearsCte, join, on, year] = ['QUALIFY period_year = max(period_year) OVER (PARTITION BY jurisdiction_id)', '', '', '', 'h.period_year'];
  } else {
    const ys = opts.years.map((y) => `CAST(${p.add(y)} AS INTEGER)`).join(', ');
    h = `AND period_year IN (${ys})`;
    yearsCte = `,\nyrs AS (SELECT DISTINCT unnest([${ys}]) AS year)`;
    [join, on, year] = ['CROSS JOIN yrs y', ' AND h.period_year = y.year', 'y.year'];
  }
  const sql = `WITH h AS (SELECT * FROM headline WHERE indicator_id = ${ind} ${only}${h}),
scope AS (SELECT j.jurisdiction_id, j.name_zh, j.name_en FROM jurisdictions j WHERE ${scope})${yearsCte}
SELECT ${valueRowColumns(ind)}, CAST(${year} AS INTEGER) AS year
FROM scope s ${join}
LEFT JOIN h ON h.jurisdiction_id = s.jurisdiction_id${on}
ORDER BY h.value DESC NULLS LAST, s.jurisdiction_id, year`;
  return run<ValueRow>(db, sql, p.values);
}

/** The top of a compare chart: its rows and how many jurisdictions have a value in all. */
export interface CompareTop {
  rows: ValueRow[];
  nWithData: number;
}

/**
 * The N jurisdictions (all with documents) with the highest value for one indicator, in their latest year
 * or in one given year, sorted as compareValues sorts; plus how many have a value at all. At national
 * scale this is what the chart draws: N rows cross the worker boundary instead of thousands.
 */
export async function compareTop(db: Db, opts: { indicator: string; year: number | 'latest'; topN: number }): Promise<CompareTop> {
  const p = new Params();
  const ind = p.add(opts.indicator);
  const n = Math.max(0, Math.trunc(opts.topN));
  let sql: string;
  if (n <= COMPARE_TOP_N) {
    // Ranked at build time (sql.ts compare_top): a few rows read instead of a million ranked.
    const pick = p.add(opts.year === 'latest' ? 0 : opts.year);
    sql = `SELECT jurisdiction_id, name_zh, name_en, value, unit, qualifier, period, fact_id, doc_file, evidence,
  evidence_value_start, evidence_value_end, char_start, failed_checks, year, n_with_data
FROM compare_top WHERE indicator_id = ${ind} AND pick = CAST(${pick} AS INTEGER) ORDER BY rank LIMIT ${n}`;
  } else {
    const pick = opts.year === 'latest'
      ? 'QUALIFY period_year = max(period_year) OVER (PARTITION BY jurisdiction_id)'
      : `AND period_year = CAST(${p.add(opts.year)} AS INTEGER)`;
    sql = `WITH h AS (SELECT * FROM headline WHERE indicator_id = ${ind} ${pick}),
scope AS (SELECT j.jurisdiction_id, j.name_zh, j.name_en FROM jurisdictions j WHERE ${WITH_DOCUMENTS_SQL})
SELECT ${valueRowColumns(ind)}, CAST(h.period_year AS INTEGER) AS year, CAST(count(*) OVER () AS INTEGER) AS n_with_data
FROM scope s JOIN h ON h.jurisdiction_id = s.jurisdiction_id
ORDER BY h.value DESC, s.jurisdiction_id LIMIT ${n}`;
  }
  const out = await run<ValueRow & { n_with_data: number }>(db, sql, p.values);
  return { rows: out.map(({ n_with_data: _, ...r }) => r), nWithData: out[0]?.n_with_data ?? 0 };
}

/**
 * compareTop of every indicator at once (≤ COMPARE_TOP_N rows each, from the build-time `compare_top`),
 * by indicator id; indicators without a value are absent. One question instead of one per indicator.
 */
export async function compareTopAll(db: Db, opts: { year: number | 'latest' }): Promise<Map<string, CompareTop>> {
  const sql = `SELECT indicator_id, jurisdiction_id, name_zh, name_en, value, unit, qualifier, period, fact_id, doc_file, evidence,
  evidence_value_start, evidence_value_end, char_start, failed_checks, year, n_with_data
FROM compare_top WHERE pick = CAST($1 AS INTEGER) ORDER BY indicator_id, rank`;
  const out = await run<ValueRow & { indicator_id: string; n_with_data: number }>(db, sql, [opts.year === 'latest' ? 0 : opts.year]);
  const byIndicator = new Map<string, CompareTop>();
  for (const { indicator_id, n_with_data, ...row } of out) {
    let top = byIndicator.get(indicator_id);
    if (!top) byIndicator.set(indicator_id, (top = { rows: [], nWithData: n_with_data }));
    top.rows.push(row);
  }
  return byIndicator;
}

/** Every jurisdiction × year in scope that has a value for the indicator (gaps are absent rows). */
export async function trendValues(db: Db, opts: TrendOptions): Promise<ValueRow[]> {
  const p = new Params();
  const ind = p.add(opts.indicator);
  let scope = scopeSql(p, opts.jurisdictions);
  if (opts.jurisdictions === undefined && opts.topN !== undefined) {
    // The top N by latest value, picked in SQL so only their rows cross the worker boundary.
    const n = Math.max(0, Math.trunc(opts.topN));
    scope +=
      n <= COMPARE_TOP_N
        ? ` AND j.jurisdiction_id IN (SELECT jurisdiction_id FROM compare_top WHERE indicator_id = ${ind} AND pick = 0 AND rank <= ${n})`
        : ` AND j.jurisdiction_id IN (SELECT jurisdiction_id FROM headline WHERE indicator_id = ${ind}
  QUALIFY period_year = max(period_year) OVER (PARTITION BY jurisdiction_id)
  ORDER BY value DESC, jurisdiction_id LIMIT ${n})`;
  }
  const sql = `WITH scope AS (SELECT j.jurisdiction_id, j.name_zh, j.name_en FROM jurisdictions j WHERE ${scope})
SELECT ${valueRowColumns(ind)}, h.period_year AS year
FROM scope s JOIN headline h ON h.jurisdiction_id = s.jurisdiction_id AND h.indicator_id = ${ind}
ORDER BY s.jurisdiction_id, year`;
  return run<ValueRow>(db, sql, p.values);
}

/** Every charted indicator × jurisdiction × year, optionally narrowed to jurisdictions and years. */
export async function coverageCells(db: Db, opts: CoverageOptions = {}): Promise<CoverageCell[]> {
  if (opts.years && opts.years.length === 0) return [];
  const p = new Params();
  const conds: string[] = [];
  if (opts.jurisdictions) conds.push(opts.jurisdictions.length ? `h.jurisdiction_id IN (${p.list(opts.jurisdictions)})` : 'FALSE');
  if (opts.years) conds.push(`h.period_year IN (${opts.years.map((y) => `CAST(${p.add(y)} AS INTEGER)`).join(', ')})`);
  const sql = `SELECT h.indicator_id, h.jurisdiction_id, h.period_year AS year, h.value, h.unit, h.qualifier, h.period,
  h.fact_id, h.failed_checks
FROM headline h LEFT JOIN indicators i ON i.indicator_id = h.indicator_id
WHERE ${conds.join(' AND ') || 'TRUE'}
ORDER BY i.ord NULLS LAST, h.indicator_id, h.jurisdiction_id, year`;
  return run<CoverageCell>(db, sql, p.values);
}

/**
 * Per indicator × group (province), how many jurisdictions have a charted value in the given years (all
 * years when none given). All years or one year read the build-time `coverage_groups` table; several
 * years need a distinct count over `headline`.
 */
export async function coverageGroups(db: Db, opts: { years?: number[] } = {}): Promise<CoverageGroupCell[]> {
  if (opts.years && opts.years.length === 0) return [];
  const p = new Params();
  let sql: string;
  if (!opts.years || opts.years.length === 1) {
    const year = opts.years ? `year = CAST(${p.add(opts.years[0])} AS INTEGER)` : 'year IS NULL';
    sql = `SELECT indicator_id, grp, n_jurisdictions, n_values FROM coverage_groups WHERE ${year} ORDER BY indicator_id, grp`;
  } else {
    sql = `SELECT h.indicator_id, ${GROUP_SQL} AS grp, CAST(count(DISTINCT h.jurisdiction_id) AS INTEGER) AS n_jurisdictions,
  CAST(count(*) AS INTEGER) AS n_values
FROM headline h JOIN jurisdictions j ON j.jurisdiction_id = h.jurisdiction_id
WHERE h.period_year IN (${opts.years.map((y) => `CAST(${p.add(y)} AS INTEGER)`).join(', ')})
GROUP BY ALL ORDER BY indicator_id, grp`;
  }
  return run<CoverageGroupCell>(db, sql, p.values);
}

const SUMMARY_COLUMNS = `d.doc_file, d.title, d.jurisdiction_id, d.jurisdiction, d.report_year, d.published,
  d.doc_type, d.status, coalesce(d.n_facts, 0) AS n_facts`;

/** Every document (whatever its status), by file name. */
export async function documentList(db: Db): Promise<DocumentSummary[]> {
  return run<DocumentSummary>(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.doc_file`);
}

/** The named documents (the ones a chart cites), by file name; unknown names are left out. */
export async function documentSummaries(db: Db, docFiles: readonly string[]): Promise<DocumentSummary[]> {
  if (docFiles.length === 0) return [];
  const p = new Params();
  return run<DocumentSummary>(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.doc_file IN (${p.list(docFiles)}) ORDER BY d.doc_file`, p.values);
}

/** One document with its text (loading the texts table first where the Db loads it lazily). */
export async function documentDetail(db: Db, docFile: string): Promise<DocumentDetail | null> {
  await db.ensureTable?.('document_texts');
  const sql = `SELECT ${SUMMARY_COLUMNS}, d.parent, d.province, d.admin_level, d.encoding,
  coalesce(d.message, '') AS message, coalesce(t.text, '') AS text
FROM documents d LEFT JOIN document_texts t ON t.doc_file = d.doc_file WHERE d.doc_file = $1`;
  return (await run<DocumentDetail>(db, sql, [docFile]))[0] ?? null;
}

/** All facts of a document (both roles) in text order, with their failed checks. */
export async function documentFacts(db: Db, docFile: string): Promise<DocumentFact[]> {
  await db.ensureTable?.('facts');
  const sql = `SELECT f.fact_id, f.indicator_id, f.value, f.unit, f.qualifier, f.period, f.period_year, f.role, f.evidence,
  f.char_start, f.char_end, f.value_start, f.value_end, f.value_text, fc.failed_checks
FROM facts f LEFT JOIN failed fc ON fc.fact_id = f.fact_id
WHERE f.doc_file = $1 ORDER BY f.char_start, f.value_start, f.indicator_id`;
  return run<DocumentFact>(db, sql, [docFile]);
}

/**
 * Sourced population figures matched to a jurisdiction (reference rows without a jurisdiction_id are
 * left out: they cannot be used), by jurisdiction then year. Only positive figures: a zero is no figure.
 */
export async function populationRows(db: Db): Promise<PopulationFigureRow[]> {
  const sql = `SELECT jurisdiction_id, jurisdiction, year, population, kind, source_title, source_url
FROM population WHERE jurisdiction_id IS NOT NULL AND population > 0
ORDER BY jurisdiction_id, year, source_title`;
  return run<PopulationFigureRow>(db, sql);
}

/** The indicator charted for most jurisdictions (ties: taxonomy order, i.e. list order); null if none. */
export function defaultIndicator(indicators: readonly IndicatorOption[]): string | null {
  let best: IndicatorOption | null = null;
  for (const i of indicators) if (i.n_jurisdictions > 0 && (!best || i.n_jurisdictions > best.n_jurisdictions)) best = i;
  return best?.indicator_id ?? null;
}
