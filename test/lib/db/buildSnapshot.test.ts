/**
 * The build (scripts/lib/db): fixture tables → Parquet (the pipeline's writer) → the two DuckDB files →
 * snapshot. The main file must answer the browser's queries in DuckDB-WASM exactly as the snapshot says,
 * and the build must be byte-reproducible.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blockSizeFor, buildDatabaseFiles, describeSources } from '../../../scripts/lib/db/buildDatabase.ts';
import { buildInfo, buildSnapshot } from '../../../scripts/lib/db/buildSnapshot.ts';
import { openNodeApiDb, sqlString } from '../../../scripts/lib/db/nodeApiDb.ts';
import { writeTables } from '../../../scripts/lib/parquet.ts';
import { openNodeDb, type NodeDb } from '../../../src/lib/db/node.ts';
import { compareTop, compareValues, documentDetail, documentFacts, listIndicators } from '../../../src/lib/db/queries.ts';
import { DOCUMENT_FILE_TABLES, MAIN_FILE_TABLES } from '../../../src/lib/db/schema.ts';
import { snapshotCompareRows, snapshotCompareTop, type Snapshot } from '../../../src/lib/db/snapshot.ts';
import type { Db } from '../../../src/lib/db/types.ts';
import { FACTS, IND, J2, world } from './world.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-build-test-'));
const data = join(tmp, 'data');
const files = (n: number) => ({ work: join(tmp, `work${n}.duckdb`), main: join(tmp, `atlas${n}.duckdb`), docs: join(tmp, `docs${n}.duckdb`) });
let snapshot: Snapshot;
let wasm: NodeDb;

beforeAll(async () => {
  await writeTables(world(), data);
  const f = files(1);
  await buildDatabaseFiles(data, f.work, f.main, f.docs);
  const ro = await openNodeApiDb(f.main, { readOnly: true });
  await ro.exec(`ATTACH ${sqlString(f.docs)} AS docs (READ_ONLY)`);
  const info = await buildInfo(ro, describeSources(data));
  snapshot = await buildSnapshot(ro, { database: 'a', documents: 'd', database_bytes: 0, documents_bytes: 0 }, info);
  await ro.close();
  // The browser's way in: file bytes → registerFileBuffer → ATTACH READ_ONLY → views (see wasm.ts).
  wasm = await openNodeDb();
  for (const [name, path, alias, tables] of [
    ['atlas.duckdb', f.main, 'atlas', MAIN_FILE_TABLES],
    ['docs.duckdb', f.docs, 'docs', DOCUMENT_FILE_TABLES],
  ] as const) {
    wasm.registerFileBuffer(name, new Uint8Array(readFileSync(path)));
    await wasm.query(`ATTACH '${name}' AS ${alias} (READ_ONLY)`);
    for (const t of tables) await wasm.query(`CREATE VIEW main.${t} AS SELECT * FROM ${alias}.${t}`);
  }
});
afterAll(async () => {
  await wasm?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('snapshot', () => {
  test('lists, default indicator and build info', () => {
    expect(snapshot.indicators.map((i) => i.indicator_id)).toEqual([IND.A, IND.B, IND.EMPTY]);
    expect(snapshot.jurisdictions).toHaveLength(3);
    expect(snapshot.years).toEqual([2018, 2019, 2020]);
    expect(snapshot.default_indicator).toBe(IND.A);
    expect(snapshot.build).toMatchObject({ data_date: '2021-03-05', n_documents: 6, n_jurisdictions: 3, n_indicators: 3, n_facts: Object.keys(FACTS).length, n_checks: 3 });
    expect(snapshot.build.sources.facts?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(snapshot)).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/); // no build timestamp
  });

  test('national scale: over budget, only the top rows of the default indicator (compareTop), no full rows', async () => {
    const f = files(9);
    await buildDatabaseFiles(data, f.work, f.main, f.docs);
    const ro = await openNodeApiDb(f.main, { readOnly: true });
    await ro.exec(`ATTACH ${sqlString(f.docs)} AS docs (READ_ONLY)`);
    const small = await buildSnapshot(ro, { database: 'a', documents: 'd', database_bytes: 0, documents_bytes: 0 }, snapshot.build, { budgetBytes: 10, topN: 1 });
    await ro.close();
    expect(small.compare_latest).toEqual({});
    expect(Object.keys(small.compare_top ?? {})).toEqual([IND.A]);
    expect(snapshotCompareTop(small, IND.A)).toEqual(await compareTop(wasm, { indicator: IND.A, year: 'latest', topN: 1 }));
    expect(snapshotCompareTop(small, IND.B)).toBeNull();
    expect(snapshot.compare_top).toBeUndefined(); // within budget: full rows as before
  });

  test('compare rows equal what DuckDB-WASM answers from the shipped file', async () => {
    expect(Object.keys(snapshot.compare_latest)).toEqual([IND.A, IND.B]); // indicators with data, default first
    for (const id of [IND.A, IND.B]) {
      expect(snapshotCompareRows(snapshot, id)).toEqual(await compareValues(wasm, { indicator: id, years: 'latest' }));
    }
    expect(snapshotCompareRows(snapshot, IND.EMPTY)).toBeNull();
    expect(snapshotCompareRows(snapshot, 'toString')).toBeNull();
    expect(snapshotCompareRows(snapshot, IND.A)?.[0]).toMatchObject({ jurisdiction_id: J2.jurisdiction_id, value: 310, failed_checks: '第一; 第二' });
  });
});

describe('database files', () => {
  test('the main file answers chart queries; the document file holds texts and facts', async () => {
    expect((await listIndicators(wasm)).map((i) => i.n_facts)).toEqual([4, 1, 0]);
    expect((await documentDetail(wasm, 'd3.txt'))?.text).toBe('d3.txt 的报告正文。');
    expect((await documentFacts(wasm, 'd3.txt')).map((f) => f.value)).toEqual([300, 999, 50]);
    const mainTables = await wasm.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = 'atlas' ORDER BY 1`);
    expect(mainTables.map((t) => t.name)).toEqual([...MAIN_FILE_TABLES].sort());
  });

  test('byte-reproducible: the same Parquet gives the same files', async () => {
    const f = files(2);
    await buildDatabaseFiles(data, f.work, f.main, f.docs);
    expect(readFileSync(f.main).equals(readFileSync(files(1).main))).toBe(true);
    expect(readFileSync(f.docs).equals(readFileSync(files(1).docs))).toBe(true);
  });

  test('small data uses small storage blocks', () => {
    expect(blockSizeFor(100)).toBe(16_384);
    expect(blockSizeFor(5_000_000)).toBe(262_144);
    expect(readFileSync(files(1).main).length).toBeLessThan(600_000); // 256 KB blocks: > 1 MB for these 4 tables
  });
});

test('a Db helper type-checks against node-api too', async () => {
  const db: Db = await openNodeApiDb();
  expect(await db.query<{ x: number }>('SELECT CAST($1 AS INTEGER) + 1 AS x, count(*) AS n', [41])).toEqual([{ x: 42, n: 1 }]);
  await db.close();
});
