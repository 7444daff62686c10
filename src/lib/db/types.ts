/**
 * Contract between the data-access layer (src/lib/db/queries.ts) and the views.
 * Components receive these plain rows; they never see SQL.
 */
import type { AdminLevel, Period, Qualifier } from '../tables/types.ts';

/** The database behind one tiny interface (wasm.ts in the browser, node.ts under vitest/build). */
export interface Db {
  query<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /**
   * Make a lazily loaded table queryable: in the browser the report texts and the full facts/checks
   * tables are fetched only when a document is opened (see schema.ts DOCUMENT_FILE_TABLES).
   * Optional: a Db that loads everything up front omits it; queries call `db.ensureTable?.(...)`.
   */
  ensureTable?(table: 'document_texts' | 'facts' | 'checks' | 'failed'): Promise<void>;
}

/** A query failure keeps the SQL that failed and the original error. */
export class DbError extends Error {
  readonly sql: string;
  override readonly cause: unknown;
  constructor(message: string, sql: string, cause: unknown) {
    super(message);
    this.name = 'DbError';
    this.sql = sql;
    this.cause = cause;
  }
}

export interface IndicatorOption {
  indicator_id: string;
  category: string;
  unit: string;
  name_zh: string;
  name_en: string;
  definition: string;
  n_facts: number; // headline facts available (0 = listed but no data)
  n_jurisdictions: number; // jurisdictions with at least one charted value (drives defaultIndicator)
}

export interface JurisdictionOption {
  jurisdiction_id: string;
  name_zh: string;
  name_en: string | null;
  parent: string | null;
  province: string | null;
  admin_level: AdminLevel | null;
}

/**
 * One charted value: a jurisdiction × year for one indicator. `value === null` means no data
 * (never zero). The fact is the headline chosen by period precedence year > other_year > ytd > h1.
 */
export interface ValueRow {
  jurisdiction_id: string;
  name_zh: string;
  name_en: string | null;
  year: number | null; // period_year; null for a "no data" row in a latest-available compare
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
  period: Period | null;
  fact_id: string | null;
  doc_file: string | null;
  evidence: string | null;
  evidence_value_start: number | null; // offset of the number inside `evidence`
  evidence_value_end: number | null;
  char_start: number | null; // evidence span in the document text
  failed_checks: string | null; // '; '-joined messages of failed checks involving this fact
}

export interface CoverageCell {
  indicator_id: string;
  jurisdiction_id: string;
  year: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  period: Period;
  fact_id: string;
  failed_checks: string | null;
}

/** Coverage aggregated by group (province): how many of its jurisdictions have a charted value. */
export interface CoverageGroupCell {
  indicator_id: string;
  grp: string; // the province ('' = none)
  n_jurisdictions: number;
  n_values: number;
}

export interface DocumentSummary {
  doc_file: string;
  title: string | null;
  jurisdiction_id: string | null;
  jurisdiction: string | null;
  report_year: number | null;
  published: string | null;
  doc_type: string | null;
  status: string;
  n_facts: number;
}

export interface DocumentDetail extends DocumentSummary {
  parent: string | null;
  province: string | null;
  admin_level: string | null;
  encoding: string | null;
  message: string;
  text: string;
}

export interface DocumentFact {
  fact_id: string;
  indicator_id: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  period: Period;
  period_year: number | null;
  role: 'headline' | 'detail';
  evidence: string;
  char_start: number;
  char_end: number;
  value_start: number;
  value_end: number;
  value_text: string;
  failed_checks: string | null;
}

/** A sourced resident population figure matched to a jurisdiction (reference table `population`). */
export interface PopulationFigureRow {
  jurisdiction_id: string;
  jurisdiction: string;
  year: number;
  population: number; // residents
  kind: string | null;
  source_title: string;
  source_url: string | null;
}
