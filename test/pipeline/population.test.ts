/**
 * The population reference table: written by the same writer as the five report tables, read back
 * with an independent reader; the committed data/population.parquet equals a fresh build from
 * ../shared/reference/population.csv; the CLI's --reference option.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus.ts';
import { writeTables } from '../../scripts/lib/parquet.ts';
import { buildPopulationTable } from '../../src/lib/reference/populationTable.ts';
import { buildTables } from '../../src/lib/tables/build.ts';
import { POPULATION_SCHEMA, sortPopulation } from '../../src/lib/tables/schema.ts';
import type { PopulationRow, Tables } from '../../src/lib/tables/types.ts';
import { PROJECT_ROOT, readParquetFile, SHARED_CORPUS } from './ingestHelpers.ts';

const REFERENCE = new URL('../../../shared/reference/population.csv', import.meta.url).pathname;
const PHYSICAL = { VARCHAR: 'BYTE_ARRAY', INTEGER: 'INT32', DOUBLE: 'DOUBLE' } as const;

let tables: Tables;
let population: PopulationRow[];
let work: string;
beforeAll(async () => {
  tables = buildTables(await readCorpus(SHARED_CORPUS));
  population = sortPopulation(buildPopulationTable(await readFile(REFERENCE), tables.jurisdictions).rows);
  work = await mkdtemp(join(tmpdir(), 'population-'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('population.parquet', () => {
  it('the reference rows match the jurisdictions table', () => {
    expect(population.map((r) => [r.jurisdiction_id, r.year, r.population, r.message])).toEqual([
      ['四川省/巴中市', 2020, 2712900, ''],
      ['宁夏回族自治区/吴忠市/利通区', 2020, 460790, ''],
    ]);
  });

  it('committed data/population.parquet equals a fresh build (regenerate with `npm run ingest`)', async () => {
    const committed = await readParquetFile(join(PROJECT_ROOT, 'data', 'population.parquet'));
    expect(committed.columns.map((c) => c.name)).toEqual(POPULATION_SCHEMA.map((c) => c.name));
    expect(committed.rows).toEqual(population);
  });

  it('written with documented types, zstd, deterministic; empty (not absent) without a reference', async () => {
    const [a, b, none] = ['a', 'b', 'none'].map((d) => join(work, d));
    await writeTables(tables, a!, undefined, population);
    await writeTables(tables, b!, undefined, [...population].reverse());
    await writeTables(tables, none!);
    const content = await readParquetFile(join(a!, 'population.parquet'));
    expect(content.columns.map((c) => c.physical)).toEqual(POPULATION_SCHEMA.map((c) => PHYSICAL[c.type]));
    expect(content.codecs).toEqual(['ZSTD']);
    expect(content.rows).toEqual(population);
    expect(Buffer.compare(await readFile(join(a!, 'population.parquet')), await readFile(join(b!, 'population.parquet')))).toBe(0);
    expect((await readParquetFile(join(none!, 'population.parquet'))).rows).toEqual([]);
  });

  it('unmatched reference rows are kept with a null id and a message; malformed ones left out', () => {
    const csv = 'jurisdiction,year,population,source_title\n花都区,2020,1,s\n不存在区,2020,5,s\n利通区,2020,many,s\n';
    const { rows, issues } = buildPopulationTable(new TextEncoder().encode(csv), tables.jurisdictions);
    expect(rows.map((r) => [r.jurisdiction_id, r.jurisdiction, r.message])).toEqual([
      ['广东省/广州市/花都区', '花都区', ''],
      [null, '不存在区', 'no jurisdiction 不存在区 in the data'],
    ]);
    expect(issues).toEqual([expect.stringContaining('line 4: population "many"'), expect.stringContaining('line 3: no jurisdiction 不存在区')]);
  });
});

describe('npm run ingest -- --reference', () => {
  const ingest = (args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: PROJECT_ROOT } });

  it('a missing reference file is a bad option (exit 2, nothing written)', () => {
    const out = join(work, 'cli-missing');
    const r = ingest(['--out', out, '--reference', join(work, 'nope.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('reference file not found');
  });

  it('a given reference file is used and reported', async () => {
    const csv = join(work, 'mine.csv');
    await writeFile(csv, 'jurisdiction,year,population,source_title\n花都区,2021,1100000,my table\n');
    const out = join(work, 'cli-out');
    const r = ingest(['--out', out, '--reference', csv]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 population rows (1 matched)');
    expect((await readParquetFile(join(out, 'population.parquet'))).rows).toMatchObject([{ jurisdiction_id: '广东省/广州市/花都区', population: 1100000 }]);
  }, 120_000);
});
