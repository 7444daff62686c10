/**
 * A Db for Node (vitest, scripts): the DuckDB-WASM *blocking* build, i.e. the same engine and SQL
 * dialect as the browser. Tables are created from in-memory rows via Arrow (never read_parquet).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToIPC } from 'apache-arrow';
import { toArrowTable } from './arrow.ts';
import { arrowToRows } from './rows.ts';
import { createTableSql, DB_TABLE_NAMES, rowsFor, type DbTable, type SourceRows } from './schema.ts';
import { deriveTablesSql } from './sql.ts';
import { DbError, type Db } from './types.ts';

export interface NodeDb extends Db {
  /** Create (or replace) a table of the fixed schema from rows. */
  insertRows(table: DbTable, rows: readonly Record<string, unknown>[]): void;
  /** (Re)compute the derived tables (sql.ts) from the base tables; call after changing base rows. */
  deriveTables(): void;
  /** Create a table from an Arrow IPC stream (load path measurements). */
  insertIpc(table: DbTable, ipc: Uint8Array): void;
  /** Make bytes available to SQL under a file name (ATTACH of a built DuckDB file). */
  registerFileBuffer(name: string, bytes: Uint8Array): void;
}

function bundles(): duckdb.DuckDBBundles {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  return {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
}

/** Open an empty in-memory database. */
export async function openNodeDb(): Promise<NodeDb> {
  const bindings = await duckdb.createDuckDB(bundles(), new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await bindings.instantiate();
  bindings.open({ query: { castBigIntToDouble: true } });
  const conn = bindings.connect();

  const run = (sql: string, params: unknown[] = []): Record<string, unknown>[] => {
    try {
      if (params.length === 0) return arrowToRows(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return arrowToRows(stmt.query(...params));
      } finally {
        stmt.close();
      }
    } catch (e) {
      throw new DbError(`query failed: ${e instanceof Error ? e.message : String(e)}`, sql, e);
    }
  };

  return {
    async query<T extends object>(sql: string, params?: unknown[]): Promise<T[]> {
      return run(sql, params) as T[];
    },
    insertRows(table, rows) {
      run(`DROP TABLE IF EXISTS ${table}`);
      if (rows.length === 0) run(createTableSql(table));
      // IPC bytes, not the Table object: the blocking build may load its own copy of apache-arrow (CJS).
      else conn.insertArrowFromIPCStream(tableToIPC(toArrowTable(table, rows), 'stream'), { name: table, create: true });
    },
    deriveTables() {
      for (const sql of deriveTablesSql()) run(sql);
    },
    insertIpc(table, ipc) {
      run(`DROP TABLE IF EXISTS ${table}`);
      conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    registerFileBuffer(name, bytes) {
      bindings.registerFileBuffer(name, bytes);
    },
    async close() {
      conn.close();
      bindings.reset();
    },
  };
}

/** Open a database holding the given published tables (missing ones are created empty). */
export async function openNodeDbWith(tables: SourceRows): Promise<NodeDb> {
  const db = await openNodeDb();
  for (const t of DB_TABLE_NAMES) db.insertRows(t, rowsFor(t, tables));
  db.deriveTables();
  return db;
}
