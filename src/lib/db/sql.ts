/**
 * SQL building blocks shared by every query in queries.ts: numbered parameters and the derived tables
 * that define what the dashboard charts. Identifiers only ever come from constants in this folder.
 */

/** Collects parameter values and hands out their `$n` placeholders, so values never enter SQL text. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** Placeholders for a list, for `IN (...)`; callers handle the empty list themselves. */
  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }
}

/**
 * How many jurisdictions a chart draws when none are picked (the rest are counted under it), and so how
 * many rows per indicator × year the build-time `compare_top` table keeps.
 */
export const COMPARE_TOP_N = 30;

/** Period precedence for the charted fact: a whole-year figure beats other_year, then ytd, then h1. */
export const PERIOD_RANK_SQL = `CASE f.period WHEN 'year' THEN 0 WHEN 'other_year' THEN 1 WHEN 'ytd' THEN 2 WHEN 'h1' THEN 3 ELSE 4 END`;

/** The group a jurisdiction (alias j) is counted in when Coverage aggregates: its province. */
export const GROUP_SQL = `coalesce(j.province, '')`;

/** Jurisdictions that have at least one document (alias j). */
export const WITH_DOCUMENTS_SQL = `j.jurisdiction_id IN (SELECT jurisdiction_id FROM documents WHERE jurisdiction_id IS NOT NULL)`;

/**
 * Derived tables, computed once from the base tables when the database is built (at build time for the
 * browser; right after the rows are inserted in Node), so that every dashboard query is a cheap filter.
 * - `failed`: per fact id, the '; '-joined messages of failed checks whose comma-separated fact_ids list it.
 * - `headline`: THE charted fact per jurisdiction × indicator × period_year: a role='headline' fact chosen
 *   by period precedence, then the latest document (published, then doc_file), then the first mention in
 *   that document; with its evidence offsets and failed checks. Sorted by indicator so a per-indicator
 *   filter skips most row groups. Every chart query reads values from here: the choice is made only here.
 * - `coverage_groups`: per indicator × province (GROUP_SQL) × year, how many jurisdictions have a charted
 *   value (and how many values); year NULL = any year. Coverage at national scale reads this small table
 *   instead of scanning `headline`.
 * - `compare_top`: per indicator × pick (0 = each jurisdiction's latest year, else one period_year), the
 *   COMPARE_TOP_N jurisdictions (those with documents) with the highest value, ranked by value desc then
 *   id, as ValueRow columns, with how many have a value in all (n_with_data). Changing indicator or year
 *   at national scale reads ~30 rows of this instead of ranking a million (queries.ts compareTop). Sorted
 *   by pick first: the latest tops of every indicator, read together at start-up, are one contiguous run.
 */
export const DERIVED_TABLES_SQL = {
  failed: `SELECT fact_id, string_agg(message, '; ' ORDER BY check_id) AS failed_checks
  FROM (
    SELECT c.check_id, c.message, trim(unnest(string_split(c.fact_ids, ','))) AS fact_id
    FROM checks c WHERE c.status = 'fail'
  ) GROUP BY fact_id ORDER BY fact_id`,
  headline: `SELECT r.* EXCLUDE (rk), fc.failed_checks FROM (
    SELECT f.fact_id, f.doc_file, f.jurisdiction_id, f.indicator_id, f.value, f.unit, f.qualifier, f.period,
      f.period_year, f.evidence, f.char_start,
      f.value_start - f.char_start AS evidence_value_start, f.value_end - f.char_start AS evidence_value_end,
      row_number() OVER (
        PARTITION BY f.jurisdiction_id, f.indicator_id, f.period_year
        ORDER BY ${PERIOD_RANK_SQL}, d.published DESC NULLS LAST, f.doc_file DESC, f.value_start
      ) AS rk
    FROM facts f LEFT JOIN documents d ON d.doc_file = f.doc_file
    WHERE f.role = 'headline' AND f.jurisdiction_id IS NOT NULL AND f.period_year IS NOT NULL AND f.value IS NOT NULL
  ) r LEFT JOIN failed fc ON fc.fact_id = r.fact_id
  WHERE r.rk = 1
  ORDER BY r.indicator_id, r.jurisdiction_id, r.period_year`,
  coverage_groups: `SELECT h.indicator_id, ${GROUP_SQL} AS grp, h.period_year AS year,
    CAST(count(DISTINCT h.jurisdiction_id) AS INTEGER) AS n_jurisdictions, CAST(count(*) AS INTEGER) AS n_values
  FROM headline h JOIN jurisdictions j ON j.jurisdiction_id = h.jurisdiction_id
  GROUP BY GROUPING SETS ((h.indicator_id, ${GROUP_SQL}, h.period_year), (h.indicator_id, ${GROUP_SQL}))
  ORDER BY indicator_id, grp, year NULLS FIRST`,
  compare_top: `WITH scope AS (SELECT j.jurisdiction_id, j.name_zh, j.name_en FROM jurisdictions j WHERE ${WITH_DOCUMENTS_SQL}),
  picked AS (
    SELECT h.*, 0 AS pick FROM headline h
    QUALIFY h.period_year = max(h.period_year) OVER (PARTITION BY h.indicator_id, h.jurisdiction_id)
    UNION ALL
    SELECT h.*, h.period_year AS pick FROM headline h
  ),
  ranked AS (
    SELECT p.*, s.name_zh, s.name_en,
      row_number() OVER (PARTITION BY p.indicator_id, p.pick ORDER BY p.value DESC, p.jurisdiction_id) AS rank,
      count(*) OVER (PARTITION BY p.indicator_id, p.pick) AS n_with_data
    FROM picked p JOIN scope s ON s.jurisdiction_id = p.jurisdiction_id
  )
  SELECT r.indicator_id, CAST(r.pick AS INTEGER) AS pick, CAST(r.rank AS INTEGER) AS rank, CAST(r.n_with_data AS INTEGER) AS n_with_data,
    r.jurisdiction_id, r.name_zh, r.name_en, r.value, coalesce(r.unit, i.unit, '') AS unit, r.qualifier, r.period, r.fact_id,
    r.doc_file, r.evidence, r.evidence_value_start, r.evidence_value_end, r.char_start, r.failed_checks,
    CAST(r.period_year AS INTEGER) AS year
  FROM ranked r LEFT JOIN indicators i ON i.indicator_id = r.indicator_id
  WHERE r.rank <= ${COMPARE_TOP_N}
  ORDER BY pick, r.indicator_id, rank`,
} as const;

export type DerivedTable = keyof typeof DERIVED_TABLES_SQL;
export const DERIVED_TABLE_NAMES = Object.keys(DERIVED_TABLES_SQL) as DerivedTable[];

/** Statements (re)creating the derived tables, in dependency order. */
export function deriveTablesSql(): string[] {
  return DERIVED_TABLE_NAMES.map((t) => `CREATE OR REPLACE TABLE ${t} AS ${DERIVED_TABLES_SQL[t]}`);
}


/** The ValueRow columns (but year), given aliases s (scope jurisdiction), h (headline), and the indicator's placeholder. */
export function valueRowColumns(indicatorParam: string): string {
  return `s.jurisdiction_id, s.name_zh, s.name_en, h.value,
  coalesce(h.unit, (SELECT unit FROM indicators WHERE indicator_id = ${indicatorParam}), '') AS unit,
  h.qualifier, h.period, h.fact_id, h.doc_file, h.evidence, h.evidence_value_start, h.evidence_value_end,
  h.char_start, h.failed_checks`;
}
