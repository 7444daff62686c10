import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPartitionedView } from '../../src/lib/bench/partitionedRead.ts';
import { planSynthetic, synthDocument } from '../../src/lib/bench/synthDocuments.ts';
import { INDICATORS } from '../../src/lib/taxonomy/taxonomy.ts';
import { listFiles, writePartitionedFacts } from '../../scripts/bench/partition.ts';
import { ParquetSink } from '../../scripts/bench/parquetSink.ts';
import { startRangeServer, type RangeServer } from '../../scripts/bench/rangeServer.ts';

// A modest synthetic dataset (6 provinces, ~150 k facts) published as province=…/year=… partitions,
// served over HTTP with Range support; one province's view of one indicator must fetch < 10 %.
const INDICATOR = 'reconsideration.received';
const COLUMNS = ['jurisdiction_id', 'indicator_id', 'value', 'qualifier', 'period', 'role'];

describe('range reads of partitioned facts over HTTP', () => {
  let dir = '';
  let server: RangeServer;
  let sink: ParquetSink;
  let province = '';
  let years: number[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-range-'));
    const plan = planSynthetic({ seed: 7, provinces: 6, firstYear: 2015, years: 10, targetFacts: 150_000, indicators: INDICATORS });
    sink = await ParquetSink.open(['jurisdictions', 'facts']);
    for (const j of plan.jurisdictions) sink.append('jurisdictions', j);
    for (let d = 0; d < plan.docs.length; d++) for (const f of synthDocument(plan, d).facts) sink.append('facts', f);
    sink.finish();
    await writePartitionedFacts(sink.conn, join(dir, 'facts'));
    province = plan.jurisdictions.find((j) => j.admin_level === 'province')!.name_zh;
    const ys = await sink.conn.runAndReadAll(`SELECT DISTINCT period_year AS y FROM facts ORDER BY y`);
    years = ys.getRowObjects().map((r) => Number(r['y']));
    server = await startRangeServer(join(dir, 'facts'));
  });

  afterAll(async () => {
    await server?.close();
    sink?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes one file per province and year', async () => {
    const files = await listFiles(join(dir, 'facts'));
    expect(files.length).toBe(6 * years.length);
    for (const f of files) expect(f.path).toMatch(/province=[^/]+\/year=\d{4}\/facts\.parquet$/);
  });

  it("reads one province's view of one indicator with the right rows and < 10 % of the bytes", async () => {
    const total = (await listFiles(join(dir, 'facts'))).reduce((a, f) => a + f.bytes, 0);
    server.reset();
    const rows = await readPartitionedView({
      baseUrl: server.baseUrl,
      partitions: years.map((year) => ({ province, year })),
      columns: COLUMNS,
      filter: { indicator_id: { $eq: INDICATOR } },
    });
    const fetched = server.bytesServed();

    const expected = await sink.conn.runAndReadAll(`
      SELECT f.jurisdiction_id, f.period_year AS year, f.value, f.qualifier, f.period, f.role
      FROM facts f JOIN jurisdictions j USING (jurisdiction_id)
      WHERE j.province = '${province}' AND f.indicator_id = '${INDICATOR}'`);
    const key = (r: Record<string, unknown>) => `${String(r['jurisdiction_id'])}|${Number(r['year'])}|${Number(r['value'])}|${String(r['qualifier'])}|${String(r['period'])}|${String(r['role'])}`;
    const want = expected.getRowObjects().map(key).sort();
    expect(want.length).toBeGreaterThan(50);
    expect(rows.map(key).sort()).toEqual(want);
    for (const r of rows) expect(r['indicator_id']).toBe(INDICATOR);

    const fraction = fetched / total;
    console.log(`range read: ${rows.length} rows, ${fetched} of ${total} bytes = ${(fraction * 100).toFixed(2)} % in ${server.requests()} requests`);
    expect(fetched).toBeGreaterThan(0);
    expect(fraction).toBeLessThan(0.1);
  });
});
