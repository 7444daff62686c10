import { readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Publish a `facts` table as hive partitions province=…/year=…/facts.parquet (zstd),
 * sorted by indicator then jurisdiction inside each file, with small row groups so a reader
 * can skip by indicator using row-group statistics. `year` is the fact's period_year.
 * DuckDB percent-encodes non-ASCII hive values in directory names (see partitionPath) and
 * names the file facts0.parquet; it is renamed to facts.parquet (one file per partition).
 */
export const PARTITION_ROW_GROUP_SIZE = 2_048;

export async function writePartitionedFacts(conn: DuckDBConnection, dir: string): Promise<void> {
  // DuckDB keeps at most 100 partition files open and starts a new file (facts1.parquet…) when
  // it must reopen one; 31 provinces × 11 years needs more for one file per partition.
  await conn.run('SET partitioned_write_max_open_files = 100000');
  await conn.run(`
    COPY (
      SELECT f.*, j.province AS province, f.period_year AS year
      FROM facts f JOIN jurisdictions j USING (jurisdiction_id)
      WHERE f.period_year IS NOT NULL
      ORDER BY province, year, f.indicator_id, f.jurisdiction_id
    ) TO '${dir}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (province, year),
      ROW_GROUP_SIZE ${PARTITION_ROW_GROUP_SIZE}, FILENAME_PATTERN 'facts', OVERWRITE_OR_IGNORE)`);
  for (const f of await listFiles(dir)) {
    if (!f.path.endsWith('/facts0.parquet')) throw new Error(`unexpected partition file ${f.path}`);
    await rename(f.path, f.path.replace(/facts0\.parquet$/, 'facts.parquet'));
  }
}

/** Every file under dir with its size (recursively). */
export async function listFiles(dir: string): Promise<{ path: string; bytes: number }[]> {
  const out: { path: string; bytes: number }[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.push({ path, bytes: (await stat(path)).size });
  }
  return out;
}
