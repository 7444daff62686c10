/**
 * Measure the browser load paths on the same engine the browser runs (DuckDB-WASM, here its blocking
 * build under Node; V8 like Chromium), for one data dir:
 *   (a) Parquet bytes → hyparquet(+compressors) column decode → Arrow IPC → insertArrowFromIPCStream,
 *       then derive the headline/failed tables in the page
 *   (b) build-time .duckdb file bytes → registerFileBuffer → ATTACH READ_ONLY → views
 * each followed by the app's first query (compareValues 'latest' for the default indicator) and a warm one.
 * Usage: npx tsx scripts/lib/db/measureLoadPaths.ts <dataDir> [repeats]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tableToIPC, Table, vectorFromArray, type Vector } from 'apache-arrow';
import { parquetMetadataAsync, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { toArrowTable } from '../../../src/lib/db/arrow.ts';
import { openNodeDb } from '../../../src/lib/db/node.ts';
import { compareValues, defaultIndicator, listIndicators } from '../../../src/lib/db/queries.ts';
import { DB_TABLES, MAIN_FILE_TABLES, sourceOf, type DbTable } from '../../../src/lib/db/schema.ts';
import { buildDatabaseFiles } from './buildDatabase.ts';

const A_TABLES: DbTable[] = ['documents', 'jurisdictions', 'indicators', 'facts', 'checks'];
const toArrayBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const ms = (t0: number) => Math.round(performance.now() - t0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Path (a): decode one table's columns with hyparquet and build an Arrow table of the db schema. */
async function decodeTable(table: DbTable, bytes: Uint8Array): Promise<Table> {
  const cols = DB_TABLES[table].map(([n]) => n).filter((n) => !(table === 'indicators' && n === 'ord'));
  const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
  const file = toArrayBuffer(bytes);
  let n = 0;
  await parquetRead({
    file,
    columns: cols,
    compressors,
    onChunk: (c) => {
      const list = chunks.get(c.columnName) ?? [];
      list.push({ rowStart: c.rowStart, data: c.columnData as ArrayLike<unknown> });
      chunks.set(c.columnName, list);
      n = Math.max(n, c.rowEnd);
    },
  });
  const columns: Record<string, unknown[]> = {};
  for (const c of cols) {
    const out: unknown[] = new Array(n).fill(null);
    for (const ch of chunks.get(c) ?? []) for (let i = 0; i < ch.data.length; i++) out[ch.rowStart + i] = ch.data[i];
    columns[c] = out;
  }
  if (table === 'indicators') columns.ord = Array.from({ length: n }, (_, i) => i);
  // Same typed vectors as toArrowTable, built column-wise (no row objects).
  const typed = toArrowTable(table, []);
  const vectors: Record<string, Vector> = {};
  for (const f of typed.schema.fields) vectors[f.name] = vectorFromArray(columns[f.name]!.map((v) => (typeof v === 'bigint' ? Number(v) : v)), f.type);
  return new Table(vectors);
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const repeats = Number(process.argv[3] ?? 3);
  if (!dir) throw new Error('usage: measureLoadPaths.ts <dataDir> [repeats]');
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-measure-'));
  try {
    const build0 = performance.now();
    await buildDatabaseFiles(dir, join(tmp, 'work.duckdb'), join(tmp, 'atlas.duckdb'), join(tmp, 'docs.duckdb'));
    const buildMs = ms(build0);
    const duckBytes = readFileSync(join(tmp, 'atlas.duckdb'));
    const docsBytes = readFileSync(join(tmp, 'docs.duckdb')).length;
    // Path (a) needs every base table but the texts at start-up (the headline choice is computed in the page).
    const parquet = Object.fromEntries(A_TABLES.map((t) => [t, readFileSync(join(dir, `${sourceOf(t)}.parquet`))]));
    const facts = Number((await parquetMetadataAsync(toArrayBuffer(parquet.facts!))).num_rows);
    const parquetBytes = Object.values(parquet).reduce((s, b) => s + b.length, 0);

    const runs: Record<'a' | 'b', { load: number; first: number; warm: number }[]> = { a: [], b: [] };
    for (let r = 0; r < repeats; r++) {
      for (const path of ['a', 'b'] as const) {
        const db = await openNodeDb();
        const t0 = performance.now();
        if (path === 'b') {
          db.registerFileBuffer('atlas.duckdb', new Uint8Array(duckBytes));
          await db.query(`ATTACH 'atlas.duckdb' AS atlas (READ_ONLY)`);
          for (const t of MAIN_FILE_TABLES) await db.query(`CREATE VIEW main.${t} AS SELECT * FROM atlas.${t}`);
        } else {
          for (const t of A_TABLES) db.insertIpc(t, tableToIPC(await decodeTable(t, parquet[t]!), 'stream'));
          db.deriveTables(); // path (a) has no build step: the derived tables are computed in the page
        }
        const load = ms(t0);
        const ind = defaultIndicator(await listIndicators(db)); // from the snapshot in the app: not timed
        const t1 = performance.now();
        await compareValues(db, { indicator: ind ?? '', years: 'latest' });
        const first = ms(t1);
        const t2 = performance.now();
        await compareValues(db, { indicator: ind ?? '', years: 'latest' });
        runs[path].push({ load, first, warm: ms(t2) });
        await db.close();
      }
    }
    const summary = (k: 'a' | 'b') => ({
      load_ms: median(runs[k].map((x) => x.load)),
      first_query_ms: median(runs[k].map((x) => x.first)),
      warm_query_ms: median(runs[k].map((x) => x.warm)),
    });
    console.log(
      JSON.stringify(
        {
          data: dir,
          facts,
          repeats,
          a_parquet_hyparquet_arrow: { bytes: parquetBytes, gzip_bytes: Object.values(parquet).reduce((s, b) => s + gzipSync(b).length, 0), ...summary('a') },
          b_duckdb_attach: { bytes: duckBytes.length, document_file_bytes: docsBytes, gzip_bytes: gzipSync(duckBytes).length, build_ms: buildMs, ...summary('b') },
        },
        null,
        2,
      ),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
