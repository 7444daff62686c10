/**
 * Row types of the published tables in `data/` (documents, jurisdictions, indicators,
 * facts, checks). This file is the contract between the pipeline and the dashboard;
 * `data/README.md` documents the same columns with their Parquet types.
 *
 * Integers are INTEGER (int32) in Parquet on purpose: the browser never sees BigInt.
 */

export type AdminLevel = 'province' | 'prefecture' | 'county' | 'zone' | 'department';
export type DocType = 'annual_report' | 'work_plan' | 'other';
export type DocStatus = 'ok' | 'empty' | 'unreadable' | 'duplicate' | 'no_facts';
export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most';
export type Period = 'year' | 'h1' | 'ytd' | 'other_year';
export type Role = 'headline' | 'detail';
export type CheckType =
  | 'rate_vs_counts'
  | 'part_le_whole'
  | 'percent_range'
  | 'breakdown_vs_total'
  | 'conflicting_headline';
export type CheckStatus = 'pass' | 'fail';

export const ADMIN_LEVELS: readonly AdminLevel[] = ['province', 'prefecture', 'county', 'zone', 'department'];
export const DOC_TYPES: readonly DocType[] = ['annual_report', 'work_plan', 'other'];
export const DOC_STATUSES: readonly DocStatus[] = ['ok', 'empty', 'unreadable', 'duplicate', 'no_facts'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'at_least', 'at_most'];
export const PERIODS: readonly Period[] = ['year', 'h1', 'ytd', 'other_year'];
export const ROLES: readonly Role[] = ['headline', 'detail'];

/** Metadata read from a report's own text (or overridden by manifest.csv). */
export interface DocMeta {
  title: string | null;
  jurisdiction: string | null; // Chinese name of the reporting jurisdiction, e.g. 花都区
  parent: string | null; // Chinese name of the parent jurisdiction, e.g. 广州市
  province: string | null; // e.g. 广东省
  admin_level: AdminLevel | null;
  doc_type: DocType | null;
  report_year: number | null; // the year the report covers
  published: string | null; // YYYY-MM-DD
}

/** One row per input file, whatever happened to it. */
export interface DocumentRow extends DocMeta {
  doc_file: string; // file name relative to the corpus folder (primary key)
  status: DocStatus;
  message: string; // human-readable reason for the status ('' when nothing to say)
  sha256: string; // of the raw bytes
  bytes: number;
  encoding: string | null; // utf-8 | utf-8-bom | gb18030 | utf-16le | utf-16be; null when unreadable
  format: 'txt' | 'html' | 'other'; // 'other': a file type the pipeline cannot read (status unreadable)
  duplicate_of: string | null; // doc_file of the first file with identical decoded text
  jurisdiction_id: string | null;
  meta_source: string; // 'text' or 'text+manifest'
  n_facts: number;
  char_count: number;
  text: string; // decoded text; every fact offset indexes into this string (UTF-16 code units)
}

export interface JurisdictionRow {
  jurisdiction_id: string; // see jurisdictionId()
  name_zh: string;
  name_en: string | null;
  parent_id: string | null;
  parent: string | null;
  province: string | null;
  admin_level: AdminLevel | null;
  n_documents: number;
}

export interface IndicatorRow {
  indicator_id: string; // e.g. mediation.disputes
  category: string;
  unit: string; // cases | percent | cny | items | persons | ...
  name_zh: string;
  name_en: string;
  definition: string;
  cue_phrases: string; // '|'-separated Chinese cue phrases
}

/** A fact as the extractor returns it, before it is tied to a file and jurisdiction. */
export interface ExtractedFact {
  indicator_id: string;
  value: number; // normalised: percent as 95 (not 0.95); 万/亿 multiplied out
  unit: string;
  qualifier: Qualifier;
  period: Period;
  period_year: number | null;
  role: Role;
  evidence: string; // exact substring text.slice(char_start, char_end)
  char_start: number; // evidence span in DocumentRow.text
  char_end: number;
  value_start: number; // the number as written (e.g. 近1000件, 15.46亿元) in DocumentRow.text
  value_end: number;
  value_text: string; // text.slice(value_start, value_end)
  rule_id: string; // which extraction rule produced it
}

export interface FactRow extends ExtractedFact {
  fact_id: string; // `${doc_file}@${value_start}:${indicator_id}`
  doc_file: string;
  jurisdiction_id: string | null;
}

export interface CheckRow {
  check_id: string; // `${check_type}:${fact_ids}`
  doc_file: string;
  jurisdiction_id: string | null;
  check_type: CheckType;
  status: CheckStatus;
  fact_ids: string; // comma-separated FactRow.fact_id
  expected: number | null;
  observed: number | null;
  message: string;
}

export interface Tables {
  documents: DocumentRow[];
  jurisdictions: JurisdictionRow[];
  indicators: IndicatorRow[];
  facts: FactRow[];
  checks: CheckRow[];
}

/**
 * Stable, readable id of a jurisdiction: its administrative path with repeats removed,
 * e.g. 广东省/广州市/花都区, 浙江省/绍兴市, 重庆市 (a municipality is its own province).
 */
export function jurisdictionId(province: string | null, parent: string | null, name: string): string {
  const parts: string[] = [];
  for (const p of [province, parent, name]) if (p && !parts.includes(p)) parts.push(p);
  return parts.join('/');
}

export function factId(docFile: string, valueStart: number, indicatorId: string): string {
  return `${docFile}@${valueStart}:${indicatorId}`;
}

/**
 * The reference table `population` (data/population.parquet): resident population figures with their
 * source, read from a reference CSV (not from the reports). Not part of `Tables`: it does not come
 * from the corpus. `jurisdiction_id` is null when the row matched no (or several) jurisdictions;
 * `message` then says why ('' when matched).
 */
export interface PopulationRow {
  jurisdiction_id: string | null;
  jurisdiction: string;
  parent: string | null;
  province: string | null;
  year: number;
  population: number; // residents (persons), > 0
  kind: string | null; // e.g. census_2020_resident
  source_title: string;
  source_url: string | null;
  message: string;
}
