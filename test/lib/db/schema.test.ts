/** The dashboard schema stays in step with the published tables' schema (src/lib/tables/schema.ts). */
import { expect, test } from 'vitest';
import { DB_TABLES, DB_TABLE_NAMES, DOCUMENT_FILE_TABLES, MAIN_FILE_TABLES, sourceOf } from '../../../src/lib/db/schema.ts';
import { DERIVED_TABLE_NAMES } from '../../../src/lib/db/sql.ts';
import { PUBLISHED_SCHEMAS } from '../../../src/lib/tables/schema.ts';

const DERIVED_COLUMNS = new Set(['indicators.ord']);

test('every dashboard column exists in the published table with the same type', () => {
  for (const t of DB_TABLE_NAMES) {
    const published = new Map(PUBLISHED_SCHEMAS[sourceOf(t)].map((c) => [c.name, c.type]));
    for (const [name, type] of DB_TABLES[t]) {
      if (DERIVED_COLUMNS.has(`${t}.${name}`)) continue;
      expect(published.get(name), `${t}.${name}`).toBe(type);
    }
  }
});

test('every published column is carried (documents.text via document_texts)', () => {
  for (const [src, cols] of Object.entries(PUBLISHED_SCHEMAS)) {
    const carried = new Set<string>(DB_TABLE_NAMES.filter((t) => sourceOf(t) === src).flatMap((t) => DB_TABLES[t].map(([n]) => n)));
    for (const c of cols) expect(carried.has(c.name), `${src}.${c.name}`).toBe(true);
  }
});

test('the two browser files together hold every base and derived table exactly once', () => {
  const all = [...MAIN_FILE_TABLES, ...DOCUMENT_FILE_TABLES].sort();
  expect(all).toEqual([...DB_TABLE_NAMES, ...DERIVED_TABLE_NAMES].sort());
});
