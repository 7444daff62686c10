/**
 * Rows → Apache Arrow tables typed by the fixed schema, so DuckDB creates every column with the
 * declared type (INTEGER stays int32: the browser never sees BigInt) whatever the row values look like.
 */
import { Float64, Int32, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { DB_TABLES, type DbTable, type SqlType } from './schema.ts';

function arrowType(t: SqlType): DataType {
  if (t === 'INTEGER') return new Int32();
  if (t === 'DOUBLE') return new Float64();
  return new Utf8();
}

function cell(v: unknown, t: SqlType): unknown {
  if (v === null || v === undefined) return null;
  if (t === 'VARCHAR') return String(v);
  const n = typeof v === 'bigint' ? Number(v) : Number(v);
  return Number.isFinite(n) ? n : null;
}

export function toArrowTable(table: DbTable, rows: readonly Record<string, unknown>[]): Table {
  const vectors: Record<string, Vector> = {};
  for (const [name, type] of DB_TABLES[table]) {
    vectors[name] = vectorFromArray(rows.map((r) => cell(r[name], type)), arrowType(type));
  }
  return new Table(vectors);
}
