import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { POPULATION_SCHEMA, sortPopulation, sortTables, TABLE_NAMES, TABLE_SCHEMAS, type ColumnSpec, type TableName } from '../../src/lib/tables/schema.ts';
import type { CheckRow, DocumentRow, FactRow, PopulationRow, Tables } from '../../src/lib/tables/types.ts';

/**
 * Writes the five tables as zstd Parquet files with @duckdb/node-api (Node only).
 *
 * Streaming: rows of documents, facts and checks are staged in an on-disk DuckDB (in the
 * staging folder, with a small memory limit) and every
 * STAGE_BATCH documents spilled to Parquet part files in a staging folder, so memory does not
 * grow with the corpus. `finish` COPYs each table from its parts (checks sorted by check_id)
 * to a temporary file and renames all five into place only once every table succeeded: a
 * failed run leaves the previous tables intact. Column types come from TABLE_SCHEMAS. DuckDB
 * runs single-threaded and rows arrive in a fixed order, so the same tables always give the
 * same bytes, whatever the batch size. The reference table `population` (rows from a reference CSV,
 * possibly none) is written and renamed with them: six files, all or nothing.
 */

/** Documents per staged batch (each document row carries a full report text). */
const STAGE_BATCH = 256;
/** Rows per Parquet row group of documents.parquet: the writer buffers a whole row group. */
const DOCUMENTS_ROW_GROUP = 1024;
/** Rows per row group of the other tables: the writer buffers one, so a fixed size keeps memory flat. */
const ROW_GROUP = 16_384;

/**
 * The staging database: one thread (fixed row order, so fixed bytes) and a small buffer pool
 * (a larger one only fills up: peak memory then grows with the corpus); its temp files go next
 * to it, inside the staging folder that `close` removes.
 */
const STAGE_MEMORY_MB = 64;
const STAGE_DB_OPTIONS = { threads: '1', memory_limit: `${STAGE_MEMORY_MB}MB`, preserve_insertion_order: 'true' } as const;
/**
 * A COPY holds a whole batch (or Parquet row group) of document texts several times over
 * (staged rows, the writer's buffer, compression), and DuckDB cannot spill that: before one,
 * the limit is raised to this many times the texts' UTF-8 size. So memory follows the size of
 * the largest reports, never their number.
 */
const COPY_MEMORY_FACTOR = 4;
/**
 * The final COPYs buffer a whole Parquet row group (122,880 facts or checks rows, whatever the
 * corpus size) and sort the checks (spilling to disk beyond the limit): they get at least this.
 */
const FINISH_MEMORY_MB = 128;
/** Upper bound of a text's UTF-8 size, without encoding it: ≤ 3 bytes per UTF-16 unit. */
const utf8Bound = (text: string) => text.length * 3 + 1024;

type Streamed = 'documents' | 'facts' | 'checks';
const STREAMED: readonly Streamed[] = ['documents', 'facts', 'checks'];

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

/** The reference table written beside the five report tables. */
export const POPULATION_TABLE = 'population' as const;

export function parquetPath(outDir: string, table: TableName | typeof POPULATION_TABLE): string {
  return join(outDir, `${table}.parquet`);
}

/**
 * Streaming writer: `open`, then `appendDocument` / `appendFacts` / `appendChecks` as files are
 * processed (in name order, facts sorted within a file), then `finish` with the corpus-wide
 * tables and checks, or `abort` on failure.
 */
export class ParquetTablesWriter {
  private readonly counts: Record<TableName, number> = { documents: 0, jurisdictions: 0, indicators: 0, facts: 0, checks: 0 };
  private readonly parts: Record<Streamed, string[]> = { documents: [], facts: [], checks: [] };
  private appenders: Record<Streamed, DuckDBAppender> | null = null;
  private staged = 0;
  private stagedBytes = 0; // utf8Bound of the staged documents
  private documents = 0;
  private rowGroupBytes = 0; // of the documents.parquet row group being filled
  private maxRowGroupBytes = 0;
  private memoryLimitMb = STAGE_MEMORY_MB;
  private closed = false;

  private constructor(
    private readonly outDir: string,
    private readonly stagingDir: string,
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly batch: number,
  ) {}

  static async open(outDir: string, batch = STAGE_BATCH): Promise<ParquetTablesWriter> {
    await mkdir(outDir, { recursive: true });
    const stagingDir = join(outDir, `.ingest-staging-${process.pid}`);
    await rm(stagingDir, { recursive: true, force: true });
    await mkdir(stagingDir);
    // On disk, with a small buffer pool: staged rows can be evicted to the file instead of
    // piling up in memory (an in-memory DuckDB keeps deleted row groups until it closes).
    const instance = await DuckDBInstance.create(join(stagingDir, 'stage.duckdb'), STAGE_DB_OPTIONS);
    const conn = await instance.connect();
    for (const table of TABLE_NAMES) {
      const columns = TABLE_SCHEMAS[table].map((c) => `${quoteIdent(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
      await conn.run(`CREATE TABLE ${quoteIdent(table)} (${columns})`);
    }
    const popColumns = POPULATION_SCHEMA.map((c) => `${quoteIdent(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
    await conn.run(`CREATE TABLE ${POPULATION_TABLE} (${popColumns})`);
    const writer = new ParquetTablesWriter(outDir, stagingDir, instance, conn, batch);
    await writer.openAppenders();
    return writer;
  }

  private async openAppenders(): Promise<void> {
    this.appenders = {
      documents: await this.conn.createAppender('documents'),
      facts: await this.conn.createAppender('facts'),
      checks: await this.conn.createAppender('checks'),
    };
  }

  private appendRows(app: DuckDBAppender, table: TableName, rows: readonly object[]): void {
    const schema = TABLE_SCHEMAS[table];
    for (const row of rows as readonly Record<string, unknown>[]) {
      for (const spec of schema) appendCell(app, spec, row[spec.name], `${table} row ${this.counts[table]}`);
      app.endRow();
      this.counts[table]++;
    }
  }

  /** One file's rows: its document, its facts (sorted by offset), its checks (any order). */
  async append(document: DocumentRow | null, facts: readonly FactRow[], checks: readonly CheckRow[]): Promise<void> {
    const app = this.appenders;
    if (!app) throw new Error('the writer is closed');
    if (document) {
      const bytes = utf8Bound(document.text);
      this.stagedBytes += bytes;
      this.rowGroupBytes += bytes;
      this.maxRowGroupBytes = Math.max(this.maxRowGroupBytes, this.rowGroupBytes);
      if (++this.documents % DOCUMENTS_ROW_GROUP === 0) this.rowGroupBytes = 0;
      await this.fitMemory(this.stagedBytes); // the staged rows stay pinned until the spill
      this.appendRows(app.documents, 'documents', [document]);
    }
    this.appendRows(app.facts, 'facts', facts);
    this.appendRows(app.checks, 'checks', checks);
    if (document && ++this.staged >= this.batch) await this.spill(true);
  }

  /** Moves the staged rows to part files and empties the staging tables. */
  private async spill(reopen: boolean): Promise<void> {
    if (this.appenders) for (const app of Object.values(this.appenders)) app.closeSync();
    this.appenders = null;
    await this.fitMemory(this.stagedBytes);
    for (const table of STREAMED) {
      const part = join(this.stagingDir, `${table}-${String(this.parts[table].length).padStart(6, '0')}.parquet`);
      await this.conn.run(`COPY ${quoteIdent(table)} TO ${quoteLiteral(part)} (FORMAT parquet, COMPRESSION uncompressed)`);
      await this.conn.run(`DELETE FROM ${quoteIdent(table)}`);
      this.parts[table].push(part);
    }
    this.staged = 0;
    this.stagedBytes = 0;
    if (reopen) await this.openAppenders();
  }

  /** Raises DuckDB's memory limit (never lowers it) so a COPY of `textBytes` of texts fits. */
  private async fitMemory(textBytes: number): Promise<void> {
    const needMb = Math.ceil((COPY_MEMORY_FACTOR * textBytes) / 2 ** 20);
    if (needMb <= this.memoryLimitMb) return;
    this.memoryLimitMb = needMb;
    await this.conn.run(`SET memory_limit = '${needMb}MiB'`);
  }

  private sourceOf(table: TableName): string {
    if (table === 'jurisdictions' || table === 'indicators') return quoteIdent(table);
    const files = `read_parquet([${this.parts[table].map(quoteLiteral).join(', ')}])`;
    // DuckDB's string order is code point order, as in JS (src/lib/tables/order.ts).
    return table === 'checks' ? `(SELECT * FROM ${files} ORDER BY check_id)` : `(SELECT * FROM ${files})`;
  }

  /** Adds the corpus-wide tables and checks, writes all five Parquet files, renames them into place. */
  async finish(rest: Pick<Tables, 'jurisdictions' | 'indicators' | 'checks'>, population: readonly PopulationRow[] = []): Promise<string[]> {
    const temps: string[] = [];
    try {
      const pop = await this.conn.createAppender(POPULATION_TABLE);
      for (const [i, row] of sortPopulation(population).entries()) {
        for (const spec of POPULATION_SCHEMA) appendCell(pop, spec, (row as unknown as Record<string, unknown>)[spec.name], `population row ${i}`);
        pop.endRow();
      }
      pop.closeSync();
      await this.append(null, [], rest.checks);
      await this.spill(false);
      for (const table of ['jurisdictions', 'indicators'] as const) {
        const app = await this.conn.createAppender(table);
        this.appendRows(app, table, rest[table]);
        app.closeSync();
      }
      await this.fitMemory(Math.max(this.maxRowGroupBytes, (FINISH_MEMORY_MB * 2 ** 20) / COPY_MEMORY_FACTOR));
      for (const table of TABLE_NAMES) {
        const temp = `${parquetPath(this.outDir, table)}.tmp-${process.pid}`;
        temps.push(temp);
        const rowGroup = `, ROW_GROUP_SIZE ${table === 'documents' ? DOCUMENTS_ROW_GROUP : ROW_GROUP}`;
        await this.conn.run(`COPY ${this.sourceOf(table)} TO ${quoteLiteral(temp)} (FORMAT parquet, COMPRESSION zstd${rowGroup})`);
      }
      const popTemp = `${parquetPath(this.outDir, POPULATION_TABLE)}.tmp-${process.pid}`;
      temps.push(popTemp);
      await this.conn.run(`COPY ${POPULATION_TABLE} TO ${quoteLiteral(popTemp)} (FORMAT parquet, COMPRESSION zstd)`);
      const written: string[] = [];
      for (const [i, table] of [...TABLE_NAMES, POPULATION_TABLE].entries()) {
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

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.conn.closeSync();
      this.instance.closeSync();
    } catch {
      // Closing after a failed append may complain; the staging folder is removed either way.
    }
    await rm(this.stagingDir, { recursive: true, force: true });
  }
}

/** Writes in-memory tables (sorted first), and the population reference rows (none by default). */
export async function writeTables(tables: Tables, outDir: string, batch = STAGE_BATCH, population: readonly PopulationRow[] = []): Promise<string[]> {
  const sorted = sortTables(tables);
  const factsByDoc = new Map<string, FactRow[]>();
  for (const f of sorted.facts) {
    const list = factsByDoc.get(f.doc_file);
    if (list) list.push(f);
    else factsByDoc.set(f.doc_file, [f]);
  }
  const writer = await ParquetTablesWriter.open(outDir, batch);
  try {
    const docs = new Set(sorted.documents.map((d) => d.doc_file));
    const orphan = sorted.facts.find((f) => !docs.has(f.doc_file));
    if (orphan) throw new Error(`fact ${orphan.fact_id} belongs to no document`);
    for (const doc of sorted.documents) await writer.append(doc, factsByDoc.get(doc.doc_file) ?? [], []);
  } catch (e) {
    await writer.abort();
    throw e;
  }
  return writer.finish(sorted, population);
}
