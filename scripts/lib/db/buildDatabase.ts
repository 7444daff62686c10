/**
 * Published Parquet tables → the two DuckDB database files the browser attaches (load path b, chosen by
 * measurement: see README / report). Native DuckDB reads the Parquet here; the browser never does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  createTableSql,
  DB_TABLE_NAMES,
  DOCUMENT_FILE_TABLES,
  MAIN_FILE_TABLES,
  selectFromSourceSql,
  sourceOf,
  SOURCE_TABLES,
  type DbTable,
} from '../../../src/lib/db/schema.ts';
import type { BuildInfo } from '../../../src/lib/db/snapshot.ts';
import { deriveTablesSql } from '../../../src/lib/db/sql.ts';
import { openNodeApiDb, sqlString, type NodeApiDb } from './nodeApiDb.ts';

export type Sources = BuildInfo['sources'];

export function describeSources(dir: string): Sources {
  const out: Sources = {};
  for (const t of SOURCE_TABLES) {
    const p = join(dir, `${t}.parquet`);
    out[t] = existsSync(p)
      ? { bytes: statSync(p).size, sha256: createHash('sha256').update(readFileSync(p)).digest('hex') }
      : null;
  }
  return out;
}

async function createFromSource(db: NodeApiDb, table: DbTable, dataDir: string): Promise<void> {
  const file = join(dataDir, `${sourceOf(table)}.parquet`);
  if (!existsSync(file)) {
    // The population reference table is optional (data folders from before it, synthetic benchmark data).
    if (table !== 'population') console.warn(`snapshot: ${file} not found; table ${table} is empty`);
    await db.exec(createTableSql(table));
    return;
  }
  const source = `read_parquet(${sqlString(file)}, file_row_number = true)`;
  // DuckDB preserves insertion order: tables keep the published row order, so builds are deterministic.
  await db.exec(`CREATE TABLE ${table} AS ${selectFromSourceSql(table, source)}`);
}

/**
 * DuckDB's storage block size for the written files. Small data in 256 KB blocks wastes most of each block
 * (75 facts → 1.3 MB); 16 KB blocks give ~60 KB files. DuckDB-WASM 1.32 (DuckDB 1.4) reads both.
 */
export function blockSizeFor(rows: number): number {
  return rows < SMALL_BLOCK_MAX_ROWS ? 16_384 : 262_144;
}
export const SMALL_BLOCK_MAX_ROWS = 200_000;

async function writeFile(db: NodeApiDb, path: string, tables: readonly string[], blockSize: number): Promise<void> {
  await db.exec(`ATTACH ${sqlString(path)} AS out (BLOCK_SIZE ${Math.trunc(blockSize)})`);
  for (const t of tables) await db.exec(`CREATE TABLE out.${t} AS SELECT * FROM ${t}`);
  await db.exec('DETACH out');
}

/**
 * Load every base table from dataDir into a working database (at `work`), derive `failed` and `headline`,
 * and write the main file (chart tables) and the document file (texts, facts, checks). The caller removes
 * `work`.
 */
export async function buildDatabaseFiles(
  dataDir: string,
  work: string,
  main: string,
  documents: string,
  blockSize0?: number,
): Promise<void> {
  const db = await openNodeApiDb(work);
  try {
    // One thread: the file layout (and so its hash) does not depend on scheduling.
    await db.exec('SET threads = 1');
    for (const t of DB_TABLE_NAMES) await createFromSource(db, t, dataDir);
    for (const sql of deriveTablesSql()) await db.exec(sql);
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*) AS n FROM facts');
    const blockSize = blockSize0 ?? blockSizeFor(n);
    await writeFile(db, main, MAIN_FILE_TABLES, blockSize);
    await writeFile(db, documents, DOCUMENT_FILE_TABLES, blockSize);
  } finally {
    await db.close();
  }
}
