import { DuckDBConnection, DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { TABLE_SCHEMAS, type ColumnSpec, type TableName } from '../../src/lib/tables/schema.ts';

/**
 * Streams rows of the published tables into native DuckDB through appenders, then writes each
 * as the pipeline does (scripts/lib/parquet.ts): the same TABLE_SCHEMAS columns, types and
 * NOT NULLs, COPY … (FORMAT parquet, COMPRESSION zstd). The pipeline's writeTables needs every
 * row in memory at once, which 10 M facts cannot afford; this sink appends as rows are made.
 * Callers append facts/documents already in published order; small tables are sorted on COPY.
 */
const ORDER: Partial<Record<TableName, string>> = { jurisdictions: 'jurisdiction_id', checks: 'check_id' };

export class ParquetSink {
  private appenders = new Map<TableName, { appender: DuckDBAppender; cols: readonly ColumnSpec[] }>();
  private constructor(
    readonly conn: DuckDBConnection,
    private readonly instance: DuckDBInstance,
  ) {}

  static async open(tables: readonly TableName[], dbPath = ':memory:'): Promise<ParquetSink> {
    const instance = await DuckDBInstance.create(dbPath, { threads: '2' });
    const conn = await instance.connect();
    const sink = new ParquetSink(conn, instance);
    for (const t of tables) {
      const cols = TABLE_SCHEMAS[t];
      await conn.run(`CREATE OR REPLACE TABLE ${t} (${cols.map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`);
      sink.appenders.set(t, { appender: await conn.createAppender(t), cols });
    }
    return sink;
  }

  append(table: TableName, row: object): void {
    const a = this.appenders.get(table);
    if (!a) throw new Error(`table not opened: ${table}`);
    const r = row as Record<string, unknown>;
    for (const c of a.cols) {
      const v = r[c.name];
      if (v === null || v === undefined) a.appender.appendNull();
      else if (c.type === 'VARCHAR') a.appender.appendVarchar(String(v));
      else if (c.type === 'INTEGER') a.appender.appendInteger(v as number);
      else a.appender.appendDouble(v as number);
    }
    a.appender.endRow();
  }

  /** Close the appenders: the tables are then complete and queryable through `conn`. */
  finish(): TableName[] {
    const tables = [...this.appenders.keys()];
    for (const a of this.appenders.values()) a.appender.closeSync();
    this.appenders.clear();
    return tables;
  }

  /** Flush every table and write `<dir>/<table>.parquet`; returns the row count per table. */
  async writeAll(dir: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const t of this.finish()) {
      const order = ORDER[t];
      const source = order ? `(SELECT * FROM ${t} ORDER BY ${order})` : t;
      await this.conn.run(`COPY ${source} TO '${dir}/${t}.parquet' (FORMAT parquet, COMPRESSION zstd)`);
      const res = await this.conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${t}`);
      counts[t] = res.getRowObjects()[0]!['n'] as number;
    }
    return counts;
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
