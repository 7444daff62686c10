import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus.ts';
import { ParquetTablesWriter, writeTables } from '../../scripts/lib/parquet.ts';
import { buildTables } from '../../src/lib/tables/build.ts';
import { sortTables, TABLE_NAMES, TABLE_SCHEMAS } from '../../src/lib/tables/schema.ts';
import type { Tables } from '../../src/lib/tables/types.ts';
import { readParquetFile, SHARED_CORPUS } from './ingestHelpers.ts';

const PHYSICAL = { VARCHAR: 'BYTE_ARRAY', INTEGER: 'INT32', DOUBLE: 'DOUBLE' } as const;

let tables: Tables;
let dirs: string[] = [];

beforeAll(async () => {
  tables = sortTables(buildTables(await readCorpus(SHARED_CORPUS)));
  dirs = [await mkdtemp(join(tmpdir(), 'ingest-a-')), await mkdtemp(join(tmpdir(), 'ingest-b-'))];
  for (const d of dirs) await writeTables(tables, d);
});

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('Parquet output read back with hyparquet', () => {
  for (const name of TABLE_NAMES) {
    it(`${name}: documented columns and types, zstd, same rows`, async () => {
      const content = await readParquetFile(join(dirs[0]!, `${name}.parquet`));
      const schema = TABLE_SCHEMAS[name];
      expect(content.columns.map((c) => c.name)).toEqual(schema.map((c) => c.name));
      expect(content.columns.map((c) => c.physical)).toEqual(schema.map((c) => PHYSICAL[c.type]));
      for (const [i, c] of schema.entries()) if (c.type === 'VARCHAR') expect(content.columns[i]!.logical, c.name).toMatch(/STRING|UTF8/);
      if (content.rows.length) expect(content.codecs).toEqual(['ZSTD']);
      expect(content.rows).toHaveLength(tables[name].length);
      // No BigInt anywhere: the browser must never receive one.
      for (const row of content.rows) for (const v of Object.values(row)) expect(typeof v).not.toBe('bigint');
      expect(content.rows).toEqual(tables[name]);
    });
  }

  it('keeps fact offsets valid in the written tables', async () => {
    const docs = (await readParquetFile(join(dirs[0]!, 'documents.parquet'))).rows;
    const facts = (await readParquetFile(join(dirs[0]!, 'facts.parquet'))).rows;
    const text = new Map(docs.map((d) => [d.doc_file as string, d.text as string]));
    for (const f of facts) {
      const t = text.get(f.doc_file as string)!;
      expect(t.slice(f.char_start as number, f.char_end as number)).toBe(f.evidence);
      expect(t.slice(f.value_start as number, f.value_end as number)).toBe(f.value_text);
    }
  });

  it('is deterministic: two writes of the same build are byte-identical', async () => {
    for (const name of TABLE_NAMES) {
      const [a, b] = await Promise.all(dirs.map((d) => readFile(join(d, `${name}.parquet`))));
      expect(Buffer.compare(a!, b!), name).toBe(0);
    }
  });

  it('is deterministic across builds: a second build writes the same bytes', async () => {
    const again = await mkdtemp(join(tmpdir(), 'ingest-c-'));
    try {
      await writeTables(buildTables(await readCorpus(SHARED_CORPUS)), again);
      for (const name of TABLE_NAMES) {
        const [a, b] = await Promise.all([readFile(join(dirs[0]!, `${name}.parquet`)), readFile(join(again, `${name}.parquet`))]);
        expect(Buffer.compare(a, b), name).toBe(0);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('writes the same bytes whatever the staging batch size', async () => {
    const small = await mkdtemp(join(tmpdir(), 'ingest-d-'));
    try {
      await writeTables(tables, small, 2);
      for (const name of TABLE_NAMES) {
        const [a, b] = await Promise.all([readFile(join(dirs[0]!, `${name}.parquet`)), readFile(join(small, `${name}.parquet`))]);
        expect(Buffer.compare(a, b), name).toBe(0);
      }
      expect((await readdir(small)).sort()).toEqual([...TABLE_NAMES, 'population'].map((n) => `${n}.parquet`).sort());
    } finally {
      await rm(small, { recursive: true, force: true });
    }
  });

  it('stages rows in an on-disk DuckDB inside the output folder and removes it afterwards', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ingest-e-'));
    try {
      const writer = await ParquetTablesWriter.open(out, 2);
      const staging = (await readdir(out)).filter((f) => f.startsWith('.ingest-staging-'));
      expect(staging).toHaveLength(1);
      expect(await readdir(join(out, staging[0]!))).toContain('stage.duckdb');
      for (const doc of tables.documents) await writer.append(doc, tables.facts.filter((f) => f.doc_file === doc.doc_file), []);
      await writer.finish(tables);
      expect((await readdir(out)).sort()).toEqual([...TABLE_NAMES, 'population'].map((n) => `${n}.parquet`).sort());
      const a = await readFile(join(dirs[0]!, 'facts.parquet'));
      expect(Buffer.compare(a, await readFile(join(out, 'facts.parquet')))).toBe(0);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('raises the staging memory limit for large texts instead of running out of memory', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ingest-f-'));
    try {
      const text = '法治政府建设'.repeat(40_000); // 240 k characters, 720 kB as UTF-8
      const documents = Array.from({ length: 120 }, (_, i) => ({ ...tables.documents[0]!, doc_file: `big_${String(i).padStart(3, '0')}.txt`, text }));
      await writeTables({ ...tables, documents, facts: [], checks: [] }, out);
      const back = await readParquetFile(join(out, 'documents.parquet'));
      expect(back.rows.length).toBe(120);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('leaves earlier tables intact when a write fails', async () => {
    const bad = { ...tables, facts: [{ ...tables.facts[0]!, value: Number.NaN }] } as Tables;
    if (!tables.facts.length) bad.documents = [{ ...tables.documents[0]!, doc_file: null as unknown as string }];
    const before = await readFile(join(dirs[1]!, 'documents.parquet'));
    await expect(writeTables(bad, dirs[1]!)).rejects.toThrow();
    expect(Buffer.compare(before, await readFile(join(dirs[1]!, 'documents.parquet')))).toBe(0);
    expect((await readdir(dirs[1]!)).filter((f) => !f.endsWith('.parquet'))).toEqual([]);
  });
});
