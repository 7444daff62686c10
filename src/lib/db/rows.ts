/** Query results → plain row objects (numbers, strings, null; BigInt never escapes). */
import type { Table } from 'apache-arrow';

export function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v === undefined) return null;
  return v;
}

/**
 * Column-wise conversion (a per-cell `get(i)` is several times slower). Numeric `toArray()` returns the
 * raw buffer where a null reads as 0, so nulls are restored from the validity bitmap: missing never
 * becomes zero.
 */
export function arrowToRows(table: Table): Record<string, unknown>[] {
  const n = table.numRows;
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((name) => {
    const col = table.getChild(name);
    if (!col) return new Array<unknown>(n).fill(null);
    const values = Array.from(col.toArray() as ArrayLike<unknown>, plainValue);
    if (col.nullCount > 0) for (let i = 0; i < n; i++) if (!col.isValid(i)) values[i] = null;
    return values;
  });
  const out = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < names.length; j++) row[names[j]!] = columns[j]![i];
    out[i] = row;
  }
  return out;
}
