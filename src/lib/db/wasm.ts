/**
 * The browser Db: DuckDB-WASM in a Web Worker with self-hosted bundles. Load path (chosen by measurement,
 * see scripts/lib/db/measureLoadPaths.ts): fetch the build's DuckDB file, registerFileBuffer, ATTACH
 * READ_ONLY, expose its tables as views; the document file (texts, facts, checks) likewise on first use.
 * Nothing here ever calls read_parquet. Import this module dynamically so DuckDB and Arrow load after
 * first paint.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { arrowToRows } from './rows.ts';
import { DOCUMENT_FILE_TABLES, MAIN_FILE_TABLES } from './schema.ts';
import { dataUrl, type DataFiles } from './snapshot.ts';
import { DbError, type Db } from './types.ts';

export type LoadStage = 'starting' | 'loading' | 'ready';
export interface LoadProgress {
  stage: LoadStage;
  done: number; // tables loaded so far (stage 'loading'), of `total`
  total: number;
  message: string; // English, for logs; the UI labels the stage itself
  ms: number; // since openWasmDb was called
}

/** A failure to start DuckDB or fetch a data file: message says which file/step, for the user. */
export class DbLoadError extends Error {
  readonly step: 'fetch' | 'start' | 'attach';
  constructor(message: string, step: DbLoadError['step'], cause?: unknown) {
    super(message, { cause });
    this.name = 'DbLoadError';
    this.step = step;
  }
}

export interface WasmDbOptions {
  files: Pick<DataFiles, 'database' | 'documents'>; // from the snapshot
  base?: string; // site base URL (default: document.baseURI)
  onProgress?: (p: LoadProgress) => void;
}

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};
const SAFE_FILE = /^[\w.-]+\.duckdb(\.gz)?$/; // names are interpolated into ATTACH: plain names only

/** Inflate gzip bytes (magic 1f 8b) natively; pass anything else through (a host may have inflated already). */
async function maybeGunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DbLoadError(`Could not fetch data file ${url}: ${e instanceof Error ? e.message : String(e)}`, 'fetch', e);
  }
  if (!res.ok) throw new DbLoadError(`Could not load data file ${url}: HTTP ${res.status}`, 'fetch');
  try {
    return await maybeGunzip(new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    throw new DbLoadError(`Could not read data file ${url}: ${e instanceof Error ? e.message : String(e)}`, 'fetch', e);
  }
}

/** Attach a DuckDB file as a read-only catalog and expose its tables as views in memory. */
async function attach(
  adb: duckdb.AsyncDuckDB,
  conn: duckdb.AsyncDuckDBConnection,
  file: string,
  bytes: Uint8Array,
  alias: string,
  tables: readonly string[],
  onTable?: (done: number) => void,
) {
  if (!SAFE_FILE.test(file)) throw new DbLoadError(`Refusing data file name ${JSON.stringify(file)}`, 'attach');
  const name = file.replace(/\.gz$/, '');
  try {
    await adb.registerFileBuffer(name, bytes);
    await conn.query(`ATTACH '${name}' AS ${alias} (READ_ONLY)`);
    for (const [i, t] of tables.entries()) {
      await conn.query(`CREATE VIEW main.${t} AS SELECT * FROM ${alias}.${t}`);
      onTable?.(i + 1);
    }
  } catch (e) {
    throw new DbLoadError(`Could not open data file ${file}: ${e instanceof Error ? e.message : String(e)}`, 'attach', e);
  }
}

async function startDuckDb(): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const adb = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await adb.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await adb.open({ query: { castBigIntToDouble: true } });
  } catch (e) {
    worker.terminate();
    throw new DbLoadError(`Could not start the database engine: ${e instanceof Error ? e.message : String(e)}`, 'start', e);
  }
  return adb;
}

/**
 * Prepared statements kept per SQL text: queries.ts builds a few fixed shapes whose values vary, so after
 * the first call a query costs one worker round trip instead of three (prepare, run, close).
 */
class StatementCache {
  private readonly map = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  constructor(
    private readonly conn: duckdb.AsyncDuckDBConnection,
    private readonly max = 64,
  ) {}
  get(sql: string): Promise<duckdb.AsyncPreparedStatement> {
    let stmt = this.map.get(sql);
    if (stmt) {
      this.map.delete(sql); // re-insert: Map order is the recency order
    } else {
      stmt = this.conn.prepare(sql);
      stmt.catch(() => this.map.delete(sql));
      if (this.map.size >= this.max) this.evictOldest();
    }
    this.map.set(sql, stmt);
    return stmt;
  }
  private evictOldest(): void {
    const [oldest] = this.map.entries();
    if (!oldest) return;
    this.map.delete(oldest[0]);
    void oldest[1].then((s) => s.close()).catch(() => undefined);
  }
  async clear(): Promise<void> {
    const all = [...this.map.values()];
    this.map.clear();
    await Promise.all(all.map((p) => p.then((s) => s.close()).catch(() => undefined)));
  }
}

/** `<html data-atlas-db="starting|loading|ready|error">`: a stable hook for e2e tests and the benchmark. */
function markState(state: LoadStage | 'error'): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.atlasDb = state;
}

/** Start DuckDB-WASM and attach the build's main database file; progress via `onProgress`. */
export async function openWasmDb(opts: WasmDbOptions): Promise<Db> {
  try {
    return await openAttached(opts);
  } catch (e) {
    markState('error');
    throw e;
  }
}

async function openAttached(opts: WasmDbOptions): Promise<Db> {
  const t0 = performance.now();
  const total = MAIN_FILE_TABLES.length;
  const report = (stage: LoadStage, done: number, message: string) => {
    markState(stage);
    opts.onProgress?.({ stage, done, total, message, ms: Math.round(performance.now() - t0) });
  };
  const url = (f: string) => dataUrl(f, opts.base);

  report('starting', 0, 'starting database');
  // Download while the engine instantiates; keep a handled copy so an early engine failure is the error shown.
  const dbBytes = fetchBytes(url(opts.files.database));
  dbBytes.catch(() => undefined);
  const adb = await startDuckDb();
  let conn: duckdb.AsyncDuckDBConnection;
  try {
    conn = await adb.connect();
    report('loading', 0, `loading tables 0/${total}`);
    await attach(adb, conn, opts.files.database, await dbBytes, 'atlas', MAIN_FILE_TABLES, (n) =>
      report('loading', n, `loading tables ${n}/${total}`),
    );
  } catch (e) {
    await adb.terminate().catch(() => undefined); // don't leave a worker behind a failed start
    throw e;
  }

  let docs: Promise<void> | null = null; // the document file, attached once on first use
  const statements = new StatementCache(conn);
  const db: Db = {
    async query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
      try {
        if (params.length === 0) return arrowToRows(await conn.query(sql)) as T[];
        const stmt = await statements.get(sql);
        return arrowToRows(await stmt.query(...params)) as T[];
      } catch (e) {
        throw new DbError(`query failed: ${e instanceof Error ? e.message : String(e)}`, sql, e);
      }
    },
    ensureTable() {
      docs ??= (async () => {
        const bytes = await fetchBytes(url(opts.files.documents));
        await attach(adb, conn, opts.files.documents, bytes, 'docs', DOCUMENT_FILE_TABLES);
      })().catch((e: unknown) => {
        docs = null; // let a later call retry
        throw e;
      });
      return docs;
    },
    async close() {
      await statements.clear();
      await conn.close();
      await adb.terminate();
    },
  };
  report('ready', total, 'ready');
  return db;
}
