import { describe, expect, it } from 'vitest';
import { toRowTable, type Snapshot } from '../../src/lib/db/snapshot.ts';
import type { Db } from '../../src/lib/db/types.ts';
import { compareSpec, coverageGroupsSpec, coverageSpec, latestTops, otherViewSpecs, trendSpec } from '../../src/views/dataSource.ts';
import { openNodeDbWith } from '../../src/lib/db/node.ts';
import { compareTop } from '../../src/lib/db/queries.ts';
import { IND, world } from '../lib/db/world.ts';
import { makeRow } from '../lib/charts/makeRows.ts';

const top = [makeRow('甲', 2020, 9), makeRow('乙', 2020, 5)];
const snap = (extra: Partial<Snapshot>): Snapshot => ({ compare_latest: {}, ...extra }) as Snapshot;
const fakeDb = (seen: string[]): Db => ({
  query: async (sql) => (seen.push(sql), []),
  close: async () => undefined,
});

describe('compareSpec', () => {
  it('answers from the snapshot top rows, before the database, only when nothing is picked', () => {
    const s = snap({ compare_top: { ind: { rows: toRowTable(top), n_with_data: 40 } } });
    const spec = compareSpec({ snapshot: s, db: null }, 'ind', 'latest', [], 30);
    expect(spec?.run()).toEqual({ rows: top, nWithData: 40 });
    expect(compareSpec({ snapshot: s, db: null }, 'ind', 'latest', ['省/甲'], 30)).toBeNull(); // needs the db
    expect(compareSpec({ snapshot: s, db: null }, 'ind', 'latest', [])).toBeNull(); // full rows wanted (table, per capita)
    expect(compareSpec({ snapshot: s, db: null }, 'ind', [2020], [], 30)).toBeNull();
  });

  it('keeps the key when the database arrives, so the answer is not fetched again', () => {
    const s = snap({ compare_top: { ind: { rows: toRowTable(top), n_with_data: 40 } } });
    const before = compareSpec({ snapshot: s, db: null }, 'ind', 'latest', [], 30)!;
    const after = compareSpec({ snapshot: s, db: fakeDb([]) }, 'ind', 'latest', [], 30)!;
    expect(after.key).toBe(before.key);
  });

  it('full snapshot rows win; otherwise the database is asked for the top N only (compareTop) or for every row', async () => {
    const full = snap({ compare_latest: { ind: toRowTable(top) } });
    expect(compareSpec({ snapshot: full, db: null }, 'ind', 'latest', [], 30)?.run()).toEqual({ rows: top });
    const seen: string[] = [];
    const db = fakeDb(seen);
    await compareSpec({ snapshot: snap({}), db }, 'other', 'latest', [], 30)!.run();
    await compareSpec({ snapshot: snap({}), db }, 'third', 'latest', [], 30)!.run();
    // Latest year: every indicator's top in one question, asked once per database.
    expect(seen.filter((q) => /FROM compare_top WHERE pick/.test(q))).toHaveLength(1);
    await compareSpec({ snapshot: snap({}), db }, 'other', [2020], [], 30)!.run();
    expect(seen.at(-1)).toMatch(/LIMIT 30/);
    await compareSpec({ snapshot: snap({}), db }, 'other', [2019, 2020], [], 30)!.run(); // grouped years: every row
    expect(seen.at(-1)).not.toMatch(/LIMIT/);
  });
});

describe('latestTops', () => {
  it('holds, per indicator, exactly what compareTop answers for the latest year', async () => {
    const db = await openNodeDbWith(world());
    try {
      const all = await latestTops(db);
      for (const id of Object.values(IND)) {
        const one = await compareTop(db, { indicator: id, year: 'latest', topN: 30 });
        expect(all.get(id) ?? { rows: [], nWithData: 0 }).toEqual(one);
      }
      expect(await latestTops(db)).toBe(all); // asked once
    } finally {
      await db.close();
    }
  });
});

describe('otherViewSpecs', () => {
  it('asks what Trend and Coverage ask first (same keys), grouped coverage and a top N at national scale', () => {
    const src = { snapshot: snap({}), db: fakeDb([]) };
    expect(otherViewSpecs(src, 'ind', 5, 'latest').map((s) => s.key)).toEqual([trendSpec(src, 'ind', [], undefined)!.key, coverageSpec(src, 'latest', [])!.key]);
    expect(otherViewSpecs(src, 'ind', 3000, [2020]).map((s) => s.key)).toEqual([trendSpec(src, 'ind', [], 8)!.key, coverageGroupsSpec(src, [2020])!.key]);
    expect(otherViewSpecs({ snapshot: null, db: null }, 'ind', 5, 'latest')).toEqual([]);
  });
});
