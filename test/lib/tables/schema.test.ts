import { describe, expect, it } from 'vitest';
import { buildTables } from '../../../src/lib/tables/build.ts';
import { sortTables, TABLE_NAMES, TABLE_SCHEMAS } from '../../../src/lib/tables/schema.ts';
import { readCorpus } from '../../../scripts/lib/corpus.ts';
import { makeFact } from '../checks/factFixtures.ts';

describe('TABLE_SCHEMAS', () => {
  it('lists exactly the fields of every row the build produces, with matching JS types', async () => {
    const tables = buildTables(await readCorpus(new URL('../../../../shared/corpus', import.meta.url).pathname));
    for (const name of TABLE_NAMES) {
      const schema = TABLE_SCHEMAS[name];
      for (const row of tables[name] as unknown as Record<string, unknown>[]) {
        expect(Object.keys(row).sort(), name).toEqual(schema.map((c) => c.name).sort());
        for (const c of schema) {
          const v = row[c.name];
          if (v === null) expect(c.nullable, `${name}.${c.name}`).toBe(true);
          else if (c.type === 'VARCHAR') expect(typeof v, `${name}.${c.name}`).toBe('string');
          else if (c.type === 'INTEGER') expect(Number.isInteger(v), `${name}.${c.name}`).toBe(true);
          else expect(typeof v, `${name}.${c.name}`).toBe('number');
        }
      }
    }
    expect(tables.documents.length).toBe(5);
  });

  it('sorts facts by file, value offset and indicator, by code units', () => {
    const f = (doc_file: string, value_start: number, indicator_id: string) => makeFact({ doc_file, value_start, indicator_id, value: 1 });
    const facts = [f('b.txt', 1, 'a.x'), f('a.txt', 20, 'a.x'), f('a.txt', 3, 'b.x'), f('a.txt', 3, 'a.x'), f('B.txt', 0, 'a.x')];
    const sorted = sortTables({ documents: [], jurisdictions: [], indicators: [], checks: [], facts }).facts;
    expect(sorted.map((x) => x.fact_id)).toEqual(['B.txt@0:a.x', 'a.txt@3:a.x', 'a.txt@3:b.x', 'a.txt@20:a.x', 'b.txt@1:a.x']);
  });
});
