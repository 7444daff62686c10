import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readPartitionedView } from '../../src/lib/bench/partitionedRead.ts';
import { listFiles, writePartitionedFacts } from './partition.ts';
import { startRangeServer } from './rangeServer.ts';

/**
 * The scale path measured on a generated dataset: publish its facts as province=…/year=…
 * partitions, serve them with Range support, and read one province's view of one indicator
 * (the columns a chart needs) with hyparquet. Reports the share of bytes fetched.
 */
export interface RangeDemo {
  facts: number;
  partitions: number;
  totalBytes: number;
  fetchedBytes: number;
  fraction: number;
  requests: number;
  rows: number;
  ms: number;
  province: string;
  indicator: string;
}

export const VIEW_COLUMNS = ['jurisdiction_id', 'indicator_id', 'value', 'qualifier', 'period', 'role', 'fact_id'];

export async function runRangeDemo(dataDir: string, outDir: string, indicator: string): Promise<RangeDemo> {
  await rm(outDir, { recursive: true, force: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    await conn.run(`CREATE TABLE facts AS SELECT * FROM read_parquet('${join(dataDir, 'facts.parquet')}')`);
    await conn.run(`CREATE TABLE jurisdictions AS SELECT * FROM read_parquet('${join(dataDir, 'jurisdictions.parquet')}')`);
    await writePartitionedFacts(conn, outDir);
    const n = (await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM facts')).getRowObjects()[0]!['n'] as number;
    // The province with the most facts: the heaviest single-province view.
    const top = (await conn.runAndReadAll(`SELECT j.province AS p FROM facts f JOIN jurisdictions j USING (jurisdiction_id) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)).getRowObjects()[0]!;
    const province = String(top['p']);
    const years = (await conn.runAndReadAll(`SELECT DISTINCT period_year AS y FROM facts WHERE period_year IS NOT NULL ORDER BY 1`)).getRowObjects().map((r) => Number(r['y']));
    const files = await listFiles(outDir);
    const totalBytes = files.reduce((a, f) => a + f.bytes, 0);
    const server = await startRangeServer(outDir);
    try {
      const t0 = performance.now();
      const rows = await readPartitionedView({
        baseUrl: server.baseUrl, partitions: years.map((year) => ({ province, year })), columns: VIEW_COLUMNS, filter: { indicator_id: { $eq: indicator } },
      });
      const ms = performance.now() - t0;
      const fetchedBytes = server.bytesServed();
      return { facts: n, partitions: files.length, totalBytes, fetchedBytes, fraction: fetchedBytes / totalBytes, requests: server.requests(), rows: rows.length, ms, province, indicator };
    } finally {
      await server.close();
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
