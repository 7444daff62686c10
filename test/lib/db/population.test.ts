/**
 * populationRows against DuckDB-WASM under Node: from in-memory rows, and through the build (Parquet →
 * main database file → ATTACH, as the browser does) including the snapshot's copy.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDatabaseFiles, describeSources } from '../../../scripts/lib/db/buildDatabase.ts';
import { buildInfo, buildSnapshot } from '../../../scripts/lib/db/buildSnapshot.ts';
import { openNodeApiDb, sqlString } from '../../../scripts/lib/db/nodeApiDb.ts';
import { writeTables } from '../../../scripts/lib/parquet.ts';
import { openNodeDb, openNodeDbWith } from '../../../src/lib/db/node.ts';
import { populationRows } from '../../../src/lib/db/queries.ts';
import { MAIN_FILE_TABLES } from '../../../src/lib/db/schema.ts';
import type { PopulationRow } from '../../../src/lib/tables/types.ts';
import { J1, J2, world } from './world.ts';

const pop = (p: Partial<PopulationRow> & Pick<PopulationRow, 'jurisdiction' | 'year' | 'population'>): PopulationRow => ({
  jurisdiction_id: null,
  parent: null,
  province: null,
  kind: null,
  source_title: `${p.jurisdiction} 公报`,
  source_url: null,
  message: '',
  ...p,
});
const POPULATION = [
  pop({ jurisdiction_id: J2.jurisdiction_id, jurisdiction: J2.name_zh, year: 2020, population: 500_000, source_url: 'http://example.org/b' }),
  pop({ jurisdiction_id: J1.jurisdiction_id, jurisdiction: J1.name_zh, year: 2020, population: 460_790, kind: 'census_2020_resident' }),
  pop({ jurisdiction_id: J1.jurisdiction_id, jurisdiction: J1.name_zh, year: 2010, population: 400_000 }),
  pop({ jurisdiction: '不存在区', year: 2020, population: 1, message: 'no jurisdiction 不存在区 in the data' }),
];
const EXPECTED = [
  { jurisdiction_id: J2.jurisdiction_id, year: 2020, population: 500_000, source_url: 'http://example.org/b' },
  { jurisdiction_id: J1.jurisdiction_id, year: 2010, population: 400_000, kind: null },
  { jurisdiction_id: J1.jurisdiction_id, year: 2020, population: 460_790, kind: 'census_2020_resident', source_title: '甲区 公报' },
].sort((a, b) => (a.jurisdiction_id < b.jurisdiction_id ? -1 : a.jurisdiction_id > b.jurisdiction_id ? 1 : a.year - b.year));

describe('populationRows', () => {
  test('matched figures only, by jurisdiction and year; numbers, never BigInt', async () => {
    const db = await openNodeDbWith({ ...world(), population: POPULATION });
    try {
      const rows = await populationRows(db);
      expect(rows).toMatchObject(EXPECTED);
      expect(rows.every((r) => typeof r.population === 'number' && typeof r.year === 'number')).toBe(true);
    } finally {
      await db.close();
    }
  });

  test('no population table rows → []', async () => {
    const db = await openNodeDbWith(world());
    try {
      expect(await populationRows(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('population through the build', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-pop-build-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('Parquet → main database file → ATTACH in DuckDB-WASM, and the snapshot carries the same rows', async () => {
    const data = join(tmp, 'data');
    await writeTables(world(), data, undefined, POPULATION);
    const [main, docs] = [join(tmp, 'atlas.duckdb'), join(tmp, 'docs.duckdb')];
    await buildDatabaseFiles(data, join(tmp, 'work.duckdb'), main, docs);
    expect(MAIN_FILE_TABLES).toContain('population');

    const wasm = await openNodeDb();
    try {
      wasm.registerFileBuffer('atlas.duckdb', new Uint8Array(readFileSync(main)));
      await wasm.query(`ATTACH 'atlas.duckdb' AS atlas (READ_ONLY)`);
      for (const t of MAIN_FILE_TABLES) await wasm.query(`CREATE VIEW main.${t} AS SELECT * FROM atlas.${t}`);
      const rows = await populationRows(wasm);
      expect(rows).toMatchObject(EXPECTED);

      const ro = await openNodeApiDb(main, { readOnly: true });
      await ro.exec(`ATTACH ${sqlString(docs)} AS docs (READ_ONLY)`);
      const snap = await buildSnapshot(ro, { database: 'a', documents: 'd', database_bytes: 0, documents_bytes: 0 }, await buildInfo(ro, describeSources(data)));
      await ro.close();
      expect(snap.population).toEqual(rows);
      expect(snap.build.sources.population?.sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await wasm.close();
    }
  });
});
