/**
 * The build-time snapshot (written by scripts/snapshot.ts, served as data/snapshot.json): everything the
 * first screen needs, computed with the same queries.ts functions, so a chart paints before DuckDB-WASM
 * is ready. It also names the database files the browser then loads (content-hashed names).
 */
import type { IndicatorOption, JurisdictionOption, PopulationFigureRow, ValueRow } from './types.ts';

export const SNAPSHOT_VERSION = 1;
/** Folder (relative to the site base) holding snapshot.json, build-info.json and the database files. */
export const DATA_PATH = 'data/';
export const SNAPSHOT_FILE = 'snapshot.json';
export const BUILD_INFO_FILE = 'build-info.json';

/** Reproducible facts about the data a site was built from (no build time on purpose). */
export interface BuildInfo {
  data_date: string | null; // newest published date among the documents (YYYY-MM-DD)
  n_documents: number;
  n_jurisdictions: number; // with at least one document
  n_indicators: number;
  n_facts: number;
  n_checks: number;
  sources: Record<string, { bytes: number; sha256: string } | null>; // the data/*.parquet read (null: absent)
}

export interface DataFiles {
  database: string; // DuckDB file with the chart tables (schema.ts MAIN_FILE_TABLES), loaded at start-up
  documents: string; // DuckDB file with texts, facts, checks (DOCUMENT_FILE_TABLES), loaded on demand
  database_bytes: number;
  documents_bytes: number;
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  build: BuildInfo;
  files: DataFiles;
  indicators: IndicatorOption[];
  jurisdictions: JurisdictionOption[];
  years: number[];
  default_indicator: string | null;
  /**
   * compareValues(db, { indicator, years: 'latest' }) for the default indicator and, while the file stays
   * small, every other indicator (taxonomy order), stored column-wise. Read with snapshotCompareRows.
   */
  compare_latest: Record<string, RowTable>;
  /**
   * At national scale, when the default indicator's full rows would not fit: compareTop(db, { indicator,
   * year: 'latest', topN }) instead (the N rows the first chart draws + how many have a value). Read with
   * snapshotCompareTop. Optional: absent when compare_latest holds the default indicator.
   */
  compare_top?: Record<string, { rows: RowTable; n_with_data: number }>;
  /** populationRows(db): the sourced population figures (a few rows), for per-capita views before DuckDB. Optional: older snapshots lack it. */
  population?: PopulationFigureRow[];
}

/** Rows stored as a header + arrays (half the bytes of repeated keys). */
export interface RowTable {
  columns: string[];
  rows: unknown[][];
}

export function toRowTable<T extends object>(rows: readonly T[], columns?: string[]): RowTable {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return { columns: cols, rows: rows.map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? null)) };
}

export function fromRowTable<T extends object>(t: RowTable): T[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])) as T);
}

/** The snapshot's compare rows for `years: 'latest'`, or null when the snapshot doesn't hold them. */
export function snapshotCompareRows(snap: Snapshot, indicator: string): ValueRow[] | null {
  const t = Object.hasOwn(snap.compare_latest, indicator) ? snap.compare_latest[indicator] : undefined;
  return t ? fromRowTable<ValueRow>(t) : null;
}

/** The snapshot's top rows for `years: 'latest'` with no jurisdictions picked, or null. */
export function snapshotCompareTop(snap: Snapshot, indicator: string): { rows: ValueRow[]; nWithData: number } | null {
  const t = snap.compare_top && Object.hasOwn(snap.compare_top, indicator) ? snap.compare_top[indicator] : undefined;
  return t ? { rows: fromRowTable<ValueRow>(t.rows), nWithData: t.n_with_data } : null;
}

/** URL of a file in the data folder, relative to the page's base (the site is served from any path). */
export function dataUrl(file: string, base: string = document.baseURI): string {
  return new URL(DATA_PATH + file, base).href;
}

/** Fetch the snapshot; revalidates so a redeployed site never pairs an old snapshot with new files. */
export async function loadSnapshot(base?: string): Promise<Snapshot> {
  const url = dataUrl(SNAPSHOT_FILE, base);
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch (e) {
    throw new Error(`Could not fetch ${url}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
  const snap = (await res.json()) as Snapshot;
  if (snap.version !== SNAPSHOT_VERSION) throw new Error(`${url}: unsupported snapshot version ${String(snap.version)}`);
  return snap;
}
