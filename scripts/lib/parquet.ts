import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sortTables, TABLE_NAMES, TABLE_SCHEMAS, type ColumnSpec, type TableName } from '../../src/lib/tables/schema.ts';
import type { CheckRow, DocumentRow, FactRow, Tables } from '../../src/lib/tables/types.ts';

/**
 * Writes the five tables as zstd Parquet files with @duckdb/node-api (Node only).
 *
 * Rows are staged in a temporary on-disk DuckDB database (so a large corpus streams through
 * DuckDB's buffer manager instead of living in JS memory), then COPY'd to temporary Parquet
 * files that are renamed into place only once every table succeeded: a failed run leaves the
 * previous tables intact. Column types come from TABLE_SCHEMAS. DuckDB runs single-threaded
 * and rows arrive in a fixed order, so the same tables always give the same bytes.
 */

/** Rows per Parquet row group of documents.parquet (each row carries a full report text). */
const DOCUMENTS_ROW_GROUP = 1024;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

function appendCell(app: DuckDBAppender, spec: ColumnSpec, value: unknown, where: string): void {
  if (value === null || value === undefined) {
    if (!spec.nullable) throw new Error(`${where}: ${spec.name} is null but the column is NOT NULL`);
    app.appendNull();
    return;
  }
  switch (spec.type) {
    case 'VARCHAR':
      if (typeof value !== 'string') throw new Error(`${where}: ${spec.name} should be a string, got ${typeof value}`);
      app.appendVarchar(value);
      return;
    case 'INTEGER':
      if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2 ** 31 - 1) {
        throw new Error(`${where}: ${spec.name} should be a 32-bit integer, got ${String(value)}`);
      }
      app.appendInteger(value);
      return;
    case 'DOUBLE':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: ${spec.name} should be a finite number, got ${String(value)}`);
      app.appendDouble(value);
      return;
  }
}

export function parquetPath(outDir: string, table: TableName): string {
  return join(outDir, `${table}.parquet`);
}

/**
 * Streaming writer: `open`, then `appendDocument` / `appendFacts` / `appendChecks` as files are
 * processed (in name order, facts sorted within a file), then `finish` with the corpus-wide
 * tables and checks, or `abort` on failure.
 */
export class ParquetTablesWriter {
  private readonly counts: Record<TableName, number> = { documents: 0, jurisdictions: 0, indicators: 0, facts: 0, checks: 0 };

  private constructor(
    private readonly outDir: string,
    private readonly stagingPath: string,
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly appenders: Record<'documents' | 'facts' | 'checks', DuckDBAppender>,
  ) {}

  static async open(outDir: string): Promise<ParquetTablesWriter> {
    await mkdir(outDir, { recursive: true });
    const stagingPath = join(outDir, `.ingest-staging-${process.pid}.duckdb`);
    await rm(stagingPath, { force: true });
    // A memory limit lets DuckDB spill staged rows to the staging file instead of holding them in RAM.
    const instance = await DuckDBInstance.create(stagingPath, { threads: '1', memory_limit: '512MB' });
    const conn = await instance.connect();
    for (const table of TABLE_NAMES) {
      const columns = TABLE_SCHEMAS[table].map((c) => `${quoteIdent(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
      await conn.run(`CREATE TABLE ${quoteIdent(table)} (${columns})`);
    }
    const appenders = {
      documents: await conn.createAppender('documents'),
      facts: await conn.createAppender('facts'),
      checks: await conn.createAppender('checks'),
    };
    return new ParquetTablesWriter(outDir, stagingPath, instance, conn, appenders);
  }

  private appendRows(app: DuckDBAppender, table: TableName, rows: readonly object[]): void {
    const schema = TABLE_SCHEMAS[table];
    for (const row of rows as readonly Record<string, unknown>[]) {
      for (const spec of schema) appendCell(app, spec, row[spec.name], `${table} row ${this.counts[table]}`);
      app.endRow();
      this.counts[table]++;
    }
  }

  appendDocument(doc: DocumentRow): void {
    this.appendRows(this.appenders.documents, 'documents', [doc]);
  }

  appendFacts(facts: readonly FactRow[]): void {
    this.appendRows(this.appenders.facts, 'facts', facts);
  }

  /** Check rows in any order: the checks file is sorted by check_id when written. */
  appendChecks(checks: readonly CheckRow[]): void {
    this.appendRows(this.appenders.checks, 'checks', checks);
  }

  /** Adds the corpus-wide tables, writes all five Parquet files and renames them into place. */
  async finish(rest: Pick<Tables, 'jurisdictions' | 'indicators' | 'checks'>): Promise<string[]> {
    const temps: string[] = [];
    try {
      this.appendChecks(rest.checks);
      for (const app of Object.values(this.appenders)) app.closeSync();
      for (const table of ['jurisdictions', 'indicators'] as const) {
        const app = await this.conn.createAppender(table);
        this.appendRows(app, table, rest[table]);
        app.closeSync();
      }
      for (const table of TABLE_NAMES) {
        const temp = `${parquetPath(this.outDir, table)}.tmp-${process.pid}`;
        temps.push(temp);
        // Checks arrive per document; DuckDB's string order is code point order, as in JS (order.ts).
        const source = table === 'checks' ? `(SELECT * FROM checks ORDER BY check_id)` : quoteIdent(table);
        // The writer buffers a whole row group: keep documents' (full texts) small so memory stays flat.
        const rowGroup = table === 'documents' ? `, ROW_GROUP_SIZE ${DOCUMENTS_ROW_GROUP}` : '';
        await this.conn.run(`COPY ${source} TO ${quoteLiteral(temp)} (FORMAT parquet, COMPRESSION zstd${rowGroup})`);
      }
      const written: string[] = [];
      for (const [i, table] of TABLE_NAMES.entries()) {
        await rename(temps[i]!, parquetPath(this.outDir, table));
        written.push(parquetPath(this.outDir, table));
      }
      return written;
    } catch (e) {
      await Promise.all(temps.map((t) => rm(t, { force: true })));
      throw e;
    } finally {
      await this.close();
    }
  }

  /** Drops everything staged; the previous tables in outDir stay as they were. */
  async abort(): Promise<void> {
    await this.close();
  }

  private closed = false;

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.conn.closeSync();
      this.instance.closeSync();
    } catch {
      // Closing after a failed append may complain; the staging file is removed either way.
    }
    await rm(this.stagingPath, { force: true });
    await rm(`${this.stagingPath}.wal`, { force: true });
  }
}

/** Writes in-memory tables (sorted first). */
export async function writeTables(tables: Tables, outDir: string): Promise<string[]> {
  const sorted = sortTables(tables);
  const writer = await ParquetTablesWriter.open(outDir);
  try {
    for (const doc of sorted.documents) writer.appendDocument(doc);
    writer.appendFacts(sorted.facts);
  } catch (e) {
    await writer.abort();
    throw e;
  }
  return writer.finish(sorted);
}
