/**
 * The dashboard database schema: the fixed list of tables and columns every loader creates
 * and every query may name. Mirrors src/lib/tables/types.ts with two changes made for the browser:
 * - `documents.text` lives in its own table `document_texts`, loaded only when a document is opened;
 * - `indicators.ord` keeps the taxonomy order (row order of the published table).
 */
import type { PopulationRow, Tables } from '../tables/types.ts';

/** In-memory published tables, the population reference table included (tests, fixtures). */
export type SourceRows = Partial<Tables> & { population?: readonly PopulationRow[] };

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';
export type Column = readonly [name: string, type: SqlType];

const V = 'VARCHAR';
const I = 'INTEGER';
const D = 'DOUBLE';

export const DB_TABLES = {
  documents: [
    ['doc_file', V], ['title', V], ['jurisdiction', V], ['parent', V], ['province', V], ['admin_level', V],
    ['doc_type', V], ['report_year', I], ['published', V], ['status', V], ['message', V], ['sha256', V],
    ['bytes', I], ['encoding', V], ['format', V], ['duplicate_of', V], ['jurisdiction_id', V],
    ['meta_source', V], ['n_facts', I], ['char_count', I],
  ],
  document_texts: [['doc_file', V], ['text', V]],
  jurisdictions: [
    ['jurisdiction_id', V], ['name_zh', V], ['name_en', V], ['parent_id', V], ['parent', V], ['province', V],
    ['admin_level', V], ['n_documents', I],
  ],
  indicators: [
    ['indicator_id', V], ['ord', I], ['category', V], ['unit', V], ['name_zh', V], ['name_en', V],
    ['definition', V], ['cue_phrases', V],
  ],
  facts: [
    ['fact_id', V], ['doc_file', V], ['jurisdiction_id', V], ['indicator_id', V], ['value', D], ['unit', V],
    ['qualifier', V], ['period', V], ['period_year', I], ['role', V], ['evidence', V], ['char_start', I],
    ['char_end', I], ['value_start', I], ['value_end', I], ['value_text', V], ['rule_id', V],
  ],
  checks: [
    ['check_id', V], ['doc_file', V], ['jurisdiction_id', V], ['check_type', V], ['status', V], ['fact_ids', V],
    ['expected', D], ['observed', D], ['message', V],
  ],
  // Reference table (data/population.parquet): sourced resident population figures.
  population: [
    ['jurisdiction_id', V], ['jurisdiction', V], ['parent', V], ['province', V], ['year', I], ['population', D], ['kind', V],
    ['source_title', V], ['source_url', V], ['message', V],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type DbTable = keyof typeof DB_TABLES;
export const DB_TABLE_NAMES = Object.keys(DB_TABLES) as DbTable[];
/**
 * The browser gets two database files. The main one holds what the charts need (`headline` is derived,
 * see sql.ts); the document file (texts, every fact, checks) is fetched when a document is opened.
 */
export const MAIN_FILE_TABLES = ['documents', 'jurisdictions', 'indicators', 'headline', 'coverage_groups', 'compare_top', 'population'] as const;
export const DOCUMENT_FILE_TABLES = ['document_texts', 'facts', 'checks', 'failed'] as const;
export type LazyTable = (typeof DOCUMENT_FILE_TABLES)[number];

/** The published tables (data/*.parquet) that feed the database (population: the reference table). */
export const SOURCE_TABLES = ['documents', 'jurisdictions', 'indicators', 'facts', 'checks', 'population'] as const;
export type SourceTable = (typeof SOURCE_TABLES)[number];

export function columnNames(table: DbTable): string[] {
  return DB_TABLES[table].map(([name]) => name);
}

export function createTableSql(table: DbTable, schema = ''): string {
  const cols = DB_TABLES[table].map(([name, type]) => `${name} ${type}`).join(', ');
  return `CREATE TABLE ${schema ? `${schema}.` : ''}${table} (${cols})`;
}

/**
 * `SELECT col::TYPE, ...` over a source relation holding a published table: the single place that maps
 * published columns to database columns (derived ones: `ord`, and `document_texts` from documents).
 * The source must expose `file_row_number` (read_parquet(..., file_row_number = true)) for `ord`.
 */
export function selectFromSourceSql(table: DbTable, source: string): string {
  const cols = DB_TABLES[table].map(([name, type]) => {
    if (table === 'indicators' && name === 'ord') return `CAST(file_row_number AS INTEGER) AS ord`;
    return `CAST(${name} AS ${type}) AS ${name}`;
  });
  return `SELECT ${cols.join(', ')} FROM ${source}`;
}

/** The published table a database table is derived from. */
export function sourceOf(table: DbTable): SourceTable {
  return table === 'document_texts' ? 'documents' : table;
}

/** Rows of one database table from in-memory published tables (tests, fixtures, in-browser ingest). */
export function rowsFor(table: DbTable, tables: SourceRows): Record<string, unknown>[] {
  const src = (tables[sourceOf(table)] ?? []) as unknown as Record<string, unknown>[];
  const names = columnNames(table);
  return src.map((row, i) => {
    const out: Record<string, unknown> = {};
    for (const n of names) out[n] = table === 'indicators' && n === 'ord' ? i : (row[n] ?? null);
    return out;
  });
}
