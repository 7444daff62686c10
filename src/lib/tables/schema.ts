import type { PopulationRow, Tables } from './types.ts';
import { compareCodePoints } from './order.ts';

/**
 * Column order, Parquet/DuckDB type and nullability of every published table: the single
 * source for the Parquet writer, the README and the tests that read the files back.
 * Integers are INTEGER (int32) so the browser never receives BigInt; `published` is a
 * VARCHAR 'YYYY-MM-DD' rather than DATE to keep one representation everywhere.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

export type TableName = keyof Tables;

export const TABLE_NAMES: readonly TableName[] = ['documents', 'jurisdictions', 'indicators', 'facts', 'checks'];

const col = (name: string, type: ColumnType = 'VARCHAR', nullable = false): ColumnSpec => ({ name, type, nullable });
const opt = (name: string, type: ColumnType = 'VARCHAR'): ColumnSpec => col(name, type, true);

export const TABLE_SCHEMAS: Record<TableName, readonly ColumnSpec[]> = {
  documents: [
    col('doc_file'), col('status'), col('message'), col('sha256'), col('bytes', 'INTEGER'), opt('encoding'), col('format'),
    opt('duplicate_of'), opt('title'), opt('jurisdiction'), opt('parent'), opt('province'), opt('admin_level'), opt('doc_type'),
    opt('report_year', 'INTEGER'), opt('published'), opt('jurisdiction_id'), col('meta_source'), col('n_facts', 'INTEGER'),
    col('char_count', 'INTEGER'), col('text'),
  ],
  jurisdictions: [
    col('jurisdiction_id'), col('name_zh'), opt('name_en'), opt('parent_id'), opt('parent'), opt('province'), opt('admin_level'),
    col('n_documents', 'INTEGER'),
  ],
  indicators: [col('indicator_id'), col('category'), col('unit'), col('name_zh'), col('name_en'), col('definition'), col('cue_phrases')],
  facts: [
    col('fact_id'), col('doc_file'), opt('jurisdiction_id'), col('indicator_id'), col('value', 'DOUBLE'), col('unit'), col('qualifier'),
    col('period'), opt('period_year', 'INTEGER'), col('role'), col('evidence'), col('char_start', 'INTEGER'), col('char_end', 'INTEGER'),
    col('value_start', 'INTEGER'), col('value_end', 'INTEGER'), col('value_text'), col('rule_id'),
  ],
  checks: [
    col('check_id'), col('doc_file'), opt('jurisdiction_id'), col('check_type'), col('status'), col('fact_ids'),
    opt('expected', 'DOUBLE'), opt('observed', 'DOUBLE'), col('message'),
  ],
};

/**
 * The reference table written beside the five report tables (same writer, same atomic rename).
 * Kept apart from TABLE_NAMES because its rows come from a reference CSV, not from the corpus.
 */
export const POPULATION_SCHEMA: readonly ColumnSpec[] = [
  opt('jurisdiction_id'), col('jurisdiction'), opt('parent'), opt('province'), col('year', 'INTEGER'), col('population', 'DOUBLE'),
  opt('kind'), col('source_title'), opt('source_url'), col('message'),
];

/** Every published file's columns: the five report tables and the population reference table. */
export const PUBLISHED_SCHEMAS: Record<TableName | 'population', readonly ColumnSpec[]> = { ...TABLE_SCHEMAS, population: POPULATION_SCHEMA };

const cmp = compareCodePoints;

/** Population rows in published order: matched ids first (by id), then by name, year, source. */
export function sortPopulation(rows: readonly PopulationRow[]): PopulationRow[] {
  const key = (r: PopulationRow) => r.jurisdiction_id;
  return [...rows].sort(
    (a, b) =>
      (key(a) === null ? 1 : 0) - (key(b) === null ? 1 : 0) ||
      cmp(key(a) ?? '', key(b) ?? '') ||
      cmp(a.jurisdiction, b.jurisdiction) ||
      a.year - b.year ||
      cmp(a.source_title, b.source_title),
  );
}

/**
 * Rows in their published order: documents by file, jurisdictions by id, indicators in
 * taxonomy order, facts by (file, value offset, indicator), checks by id. Code point order
 * (see order.ts), never locale-dependent.
 */
export function sortTables(t: Tables): Tables {
  return {
    documents: [...t.documents].sort((a, b) => cmp(a.doc_file, b.doc_file)),
    jurisdictions: [...t.jurisdictions].sort((a, b) => cmp(a.jurisdiction_id, b.jurisdiction_id)),
    indicators: [...t.indicators],
    facts: [...t.facts].sort((a, b) => cmp(a.doc_file, b.doc_file) || a.value_start - b.value_start || cmp(a.indicator_id, b.indicator_id)),
    checks: [...t.checks].sort((a, b) => cmp(a.check_id, b.check_id)),
  };
}
