/** Every query function's SQL is accepted by DuckDB's planner (EXPLAIN with the same parameters). */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openNodeDbWith, type NodeDb } from '../../../src/lib/db/node.ts';
import * as q from '../../../src/lib/db/queries.ts';
import type { Db } from '../../../src/lib/db/types.ts';
import { IND, J1, world } from './world.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDbWith(world());
});
afterAll(async () => db?.close());

/** A Db that records the statements a query function sends. */
function recording(inner: Db): { db: Db; seen: { sql: string; params: unknown[] }[] } {
  const seen: { sql: string; params: unknown[] }[] = [];
  return {
    seen,
    db: {
      query: (sql, params = []) => (seen.push({ sql, params }), inner.query(sql, params)),
      close: () => inner.close(),
    },
  };
}

const CALLS: Record<string, (db: Db) => Promise<unknown>> = {
  listIndicators: (d) => q.listIndicators(d),
  listJurisdictions: (d) => q.listJurisdictions(d),
  listYears: (d) => q.listYears(d),
  compareValuesYears: (d) => q.compareValues(d, { indicator: IND.A, years: [2019, 2020], jurisdictions: [J1.jurisdiction_id] }),
  compareValuesLatest: (d) => q.compareValues(d, { indicator: IND.A, years: 'latest' }),
  compareTopLatest: (d) => q.compareTop(d, { indicator: IND.A, year: 'latest', topN: 30 }),
  compareTopYear: (d) => q.compareTop(d, { indicator: IND.A, year: 2020, topN: 30 }),
  compareTopBeyondTable: (d) => q.compareTop(d, { indicator: IND.A, year: 'latest', topN: 31 }),
  compareTopAll: (d) => q.compareTopAll(d, { year: 'latest' }),
  trendValuesTopNBeyondTable: (d) => q.trendValues(d, { indicator: IND.A, topN: 31 }),
  trendValues: (d) => q.trendValues(d, { indicator: IND.A, jurisdictions: [J1.jurisdiction_id] }),
  coverageCells: (d) => q.coverageCells(d, { jurisdictions: [J1.jurisdiction_id], years: [2020] }),
  trendValuesTopN: (d) => q.trendValues(d, { indicator: IND.A, topN: 8 }),
  coverageGroupsAll: (d) => q.coverageGroups(d),
  coverageGroupsYears: (d) => q.coverageGroups(d, { years: [2019, 2020] }),
  documentList: (d) => q.documentList(d),
  documentSummaries: (d) => q.documentSummaries(d, ['d1.txt', 'nope.txt']),
  documentDetail: (d) => q.documentDetail(d, 'd1.txt'),
  documentFacts: (d) => q.documentFacts(d, 'd1.txt'),
  populationRows: (d) => q.populationRows(d),
};

test.each(Object.keys(CALLS))('EXPLAIN %s', async (name) => {
  const rec = recording(db);
  await CALLS[name]!(rec.db);
  expect(rec.seen.length).toBeGreaterThan(0);
  for (const { sql, params } of rec.seen) {
    const plan = await db.query<{ explain_value: string }>(`EXPLAIN ${sql}`, params);
    expect(plan.map((r) => r.explain_value).join('\n')).toMatch(/SEQ_SCAN|TABLE_SCAN|READ_/);
  }
});

test('every exported query function is covered', () => {
  const fns = Object.entries(q).filter(([k, v]) => typeof v === 'function' && k !== 'defaultIndicator').map(([k]) => k);
  for (const f of fns) expect(Object.keys(CALLS).some((c) => c.startsWith(f))).toBe(true);
});
