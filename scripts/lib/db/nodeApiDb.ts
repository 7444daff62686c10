/** A Db over native DuckDB (@duckdb/node-api) for the build: reads Parquet natively, writes .duckdb files. */
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { plainValue } from '../../../src/lib/db/rows.ts';
import { DbError, type Db } from '../../../src/lib/db/types.ts';

export interface NodeApiDb extends Db {
  /** Run a statement for its effect. */
  exec(sql: string): Promise<void>;
}

export async function openNodeApiDb(path = ':memory:', opts: { readOnly?: boolean } = {}): Promise<NodeApiDb> {
  const instance = await DuckDBInstance.create(path, opts.readOnly ? { access_mode: 'READ_ONLY' } : {});
  const conn = await instance.connect();
  const wrap = async <T>(sql: string, f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw new DbError(`query failed: ${e instanceof Error ? e.message : String(e)}`, sql, e);
    }
  };
  return {
    query: <T extends object>(sql: string, params: unknown[] = []) =>
      wrap(sql, async () => {
        const reader = await conn.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
        return reader.getRowObjectsJS().map((r) => {
          const out: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(r)) out[k] = plainValue(v);
          return out as T;
        });
      }),
    exec: (sql) => wrap(sql, async () => void (await conn.run(sql))),
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** A SQL string literal (for file paths chosen by the build, never for user input). */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
