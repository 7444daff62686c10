import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeDbWith, type NodeDb } from '../../../src/lib/db/node.ts';
import {
  compareValues,
  compareTop,
  coverageCells,
  coverageGroups,
  defaultIndicator,
  documentDetail,
  documentFacts,
  documentList,
  documentSummaries,
  listIndicators,
  listJurisdictions,
  listYears,
  trendValues,
} from '../../../src/lib/db/queries.ts';
import { COMPARE_TOP_N } from '../../../src/lib/db/sql.ts';
import { DbError, type CoverageCell, type IndicatorOption } from '../../../src/lib/db/types.ts';
import { FACTS, IND, J1, J2, J3, J4, world } from './world.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDbWith(world());
});
afterAll(async () => db?.close());

const pick = <T extends object, K extends keyof T>(rows: T[], ...keys: K[]) =>
  rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

describe('lists', () => {
  test('listIndicators: taxonomy order, all listed, counts of charted headline values', async () => {
    const rows = await listIndicators(db);
    expect(pick(rows, 'indicator_id', 'unit', 'n_facts', 'n_jurisdictions')).toEqual([
      { indicator_id: IND.A, unit: 'cases', n_facts: 4, n_jurisdictions: 2 }, // j1 2019, j1 2020, j2 2020, j2 2018
      { indicator_id: IND.B, unit: 'persons', n_facts: 1, n_jurisdictions: 1 },
      { indicator_id: IND.EMPTY, unit: 'percent', n_facts: 0, n_jurisdictions: 0 },
    ]);
  });

  test('listJurisdictions: only those with documents', async () => {
    const ids = (await listJurisdictions(db)).map((j) => j.jurisdiction_id);
    expect(ids).toEqual([J3.jurisdiction_id, J2.jurisdiction_id, J1.jurisdiction_id]);
    expect(ids).not.toContain(J4.jurisdiction_id);
  });

  test('listYears: years with a charted value', async () => {
    expect(await listYears(db)).toEqual([2018, 2019, 2020]);
  });

  test('defaultIndicator: most jurisdictions, ties by list order, null when nothing is charted', () => {
    const opt = (id: string, n: number): IndicatorOption =>
      ({ indicator_id: id, category: '', unit: '', name_zh: id, name_en: id, definition: '', n_facts: n, n_jurisdictions: n });
    expect(defaultIndicator([opt('a', 1), opt('b', 3), opt('c', 3)])).toBe('b');
    expect(defaultIndicator([opt('a', 0)])).toBeNull();
    expect(defaultIndicator([])).toBeNull();
  });
});

describe('compareValues', () => {
  test('one row per jurisdiction with documents × year; null (not 0) when missing; value desc, nulls last', async () => {
    const rows = await compareValues(db, { indicator: IND.A, years: [2020] });
    expect(pick(rows, 'jurisdiction_id', 'year', 'value', 'period', 'doc_file')).toEqual([
      { jurisdiction_id: J2.jurisdiction_id, year: 2020, value: 310, period: 'year', doc_file: 'd4.txt' }, // latest document wins
      { jurisdiction_id: J1.jurisdiction_id, year: 2020, value: 70, period: 'ytd', doc_file: 'd2.txt' }, // ytd beats h1
      { jurisdiction_id: J3.jurisdiction_id, year: 2020, value: null, period: null, doc_file: null },
    ]);
    expect(rows[2]).toMatchObject({ unit: 'cases', fact_id: null, evidence: null, failed_checks: null });
  });

  test('a whole-year figure beats other_year; other_year is used when it is the only one', async () => {
    const rows = await compareValues(db, { indicator: IND.A, years: [2018, 2019] });
    const get = (j: string, y: number) => rows.find((r) => r.jurisdiction_id === j && r.year === y);
    expect(get(J1.jurisdiction_id, 2019)).toMatchObject({ value: 100, period: 'year', doc_file: 'd1.txt' });
    expect(get(J2.jurisdiction_id, 2018)).toMatchObject({ value: 50, period: 'other_year' });
    expect(get(J1.jurisdiction_id, 2018)?.value).toBeNull();
    expect(rows).toHaveLength(6);
  });

  test('a real zero stays 0', async () => {
    const rows = await compareValues(db, { indicator: IND.B, years: [2020] });
    expect(pick(rows, 'jurisdiction_id', 'value', 'unit')).toEqual([
      { jurisdiction_id: J1.jurisdiction_id, value: 0, unit: 'persons' },
      { jurisdiction_id: J3.jurisdiction_id, value: null, unit: 'persons' }, // nulls by id: 丙 < 乙
      { jurisdiction_id: J2.jurisdiction_id, value: null, unit: 'persons' },
    ]);
  });

  test("'latest': each jurisdiction's latest year with a value; year null when none", async () => {
    const rows = await compareValues(db, { indicator: IND.B, years: 'latest' });
    expect(pick(rows, 'jurisdiction_id', 'year', 'value')).toEqual([
      { jurisdiction_id: J1.jurisdiction_id, year: 2020, value: 0 },
      { jurisdiction_id: J3.jurisdiction_id, year: null, value: null },
      { jurisdiction_id: J2.jurisdiction_id, year: null, value: null },
    ]);
    const a = await compareValues(db, { indicator: IND.A, years: 'latest', jurisdictions: [J1.jurisdiction_id] });
    expect(pick(a, 'year', 'value')).toEqual([{ year: 2020, value: 70 }]);
  });

  test('evidence offsets and failed checks of the charted fact', async () => {
    const [top] = await compareValues(db, { indicator: IND.A, years: [2020], jurisdictions: [J2.jurisdiction_id] });
    const f = FACTS.j2_2020_new;
    expect(top).toMatchObject({ fact_id: f.fact_id, evidence: f.evidence, char_start: f.char_start, qualifier: 'exact' });
    expect(top!.evidence!.slice(top!.evidence_value_start!, top!.evidence_value_end!)).toBe(f.value_text);
    expect(top!.failed_checks).toBe('第一; 第二'); // fails only, ordered by check id, pass ignored
  });

  test('jurisdiction filter: the selected ones only, even without documents; unknown ids drop out', async () => {
    const rows = await compareValues(db, { indicator: IND.A, years: [2020], jurisdictions: [J4.jurisdiction_id, J1.jurisdiction_id, 'nowhere'] });
    expect(pick(rows, 'jurisdiction_id', 'value')).toEqual([
      { jurisdiction_id: J1.jurisdiction_id, value: 70 },
      { jurisdiction_id: J4.jurisdiction_id, value: null },
    ]);
    expect(await compareValues(db, { indicator: IND.A, years: [2020], jurisdictions: [] })).toEqual([]);
    expect(await compareValues(db, { indicator: IND.A, years: [] })).toEqual([]);
  });

  test('unknown indicator: rows in scope, all null', async () => {
    const rows = await compareValues(db, { indicator: 'no.such', years: [2020] });
    expect(rows.map((r) => r.value)).toEqual([null, null, null]);
    expect(rows.every((r) => r.unit === '')).toBe(true);
  });

  test('injection-looking inputs are inert parameters', async () => {
    const evil = "x'; DROP TABLE facts; --";
    const rows = await compareValues(db, { indicator: evil, years: [2020], jurisdictions: ["' OR 1=1 --", evil] });
    expect(rows).toEqual([]);
    expect((await trendValues(db, { indicator: "' OR ''='" })).length).toBe(0);
    expect(await documentDetail(db, "d1.txt' OR '1'='1")).toBeNull();
    expect(await documentFacts(db, "' OR 1=1 --")).toEqual([]);
    expect((await db.query<{ n: number }>('SELECT count(*) AS n FROM facts'))[0]?.n).toBe(Object.keys(FACTS).length);
  });
});

describe('compareTop', () => {
  test('the top N of compareValues (rows with a value, same order) and the count with a value', async () => {
    for (const year of ['latest', 2020, 2019] as const) {
      const full = (await compareValues(db, { indicator: IND.A, years: year === 'latest' ? 'latest' : [year] })).filter((r) => r.value !== null);
      // Up to COMPARE_TOP_N from the build-time ranking, beyond it ranked by the query itself.
      for (const topN of [1, 5, COMPARE_TOP_N + 1]) {
        const top = await compareTop(db, { indicator: IND.A, year, topN });
        expect(top.nWithData).toBe(full.length);
        expect(top.rows).toEqual(full.slice(0, topN));
      }
    }
    expect(await compareTop(db, { indicator: IND.EMPTY, year: 'latest', topN: 5 })).toEqual({ rows: [], nWithData: 0 });
  });
});

describe('trendValues topN', () => {
  test('the jurisdictions are the Compare top N (latest year), from the build-time table or beyond it', async () => {
    for (const topN of [1, 2, COMPARE_TOP_N + 1]) {
      const top = await compareTop(db, { indicator: IND.A, year: 'latest', topN });
      const trend = await trendValues(db, { indicator: IND.A, topN });
      expect(new Set(trend.map((r) => r.jurisdiction_id))).toEqual(new Set(top.rows.map((r) => r.jurisdiction_id)));
    }
  });
});

describe('trendValues and coverageCells', () => {
  test('coverageGroups: jurisdictions with data per indicator × province, the same as counting the cells', async () => {
    const prov = new Map(
      (await db.query<{ jurisdiction_id: string; province: string | null }>('SELECT jurisdiction_id, province FROM jurisdictions')).map((r) => [r.jurisdiction_id, r.province ?? '']),
    );
    const expected = (cells: CoverageCell[]) => {
      const m = new Map<string, { indicator_id: string; grp: string; js: Set<string>; n_values: number }>();
      for (const c of cells) {
        const grp = prov.get(c.jurisdiction_id) ?? '';
        const k = `${c.indicator_id}|${grp}`;
        const e = m.get(k) ?? { indicator_id: c.indicator_id, grp, js: new Set<string>(), n_values: 0 };
        e.js.add(c.jurisdiction_id);
        e.n_values += 1;
        m.set(k, e);
      }
      return [...m.values()]
        .map((e) => ({ indicator_id: e.indicator_id, grp: e.grp, n_jurisdictions: e.js.size, n_values: e.n_values }))
        .sort((a, b) => (a.indicator_id === b.indicator_id ? (a.grp < b.grp ? -1 : a.grp > b.grp ? 1 : 0) : a.indicator_id < b.indicator_id ? -1 : 1));
    };
    const all = await coverageGroups(db);
    expect(all.filter((g) => g.indicator_id === IND.A).reduce((n, g) => n + g.n_values, 0)).toBe(4);
    expect(all).toEqual(expected(await coverageCells(db)));
    expect(await coverageGroups(db, { years: [2020] })).toEqual(expected(await coverageCells(db, { years: [2020] })));
    expect(await coverageGroups(db, { years: [2018, 2020] })).toEqual(expected(await coverageCells(db, { years: [2018, 2020] })));
    expect(await coverageGroups(db, { years: [] })).toEqual([]);
  });

  test('trendValues: every jurisdiction × year with a value, gaps absent', async () => {
    const rows = await trendValues(db, { indicator: IND.A });
    expect(pick(rows, 'jurisdiction_id', 'year', 'value')).toEqual([
      { jurisdiction_id: J2.jurisdiction_id, year: 2018, value: 50 },
      { jurisdiction_id: J2.jurisdiction_id, year: 2020, value: 310 },
      { jurisdiction_id: J1.jurisdiction_id, year: 2019, value: 100 },
      { jurisdiction_id: J1.jurisdiction_id, year: 2020, value: 70 },
    ]);
    const only = await trendValues(db, { indicator: IND.A, jurisdictions: [J1.jurisdiction_id] });
    expect(only.map((r) => r.year)).toEqual([2019, 2020]);
  });

  test('trendValues topN: only the N jurisdictions with the highest latest value, all their years', async () => {
    const top = await trendValues(db, { indicator: IND.A, topN: 1 });
    expect(pick(top, 'jurisdiction_id', 'year')).toEqual([
      { jurisdiction_id: J2.jurisdiction_id, year: 2018 },
      { jurisdiction_id: J2.jurisdiction_id, year: 2020 },
    ]);
    expect(await trendValues(db, { indicator: IND.A, topN: 5 })).toEqual(await trendValues(db, { indicator: IND.A }));
    // An explicit selection wins over topN.
    const sel = await trendValues(db, { indicator: IND.A, jurisdictions: [J1.jurisdiction_id], topN: 1 });
    expect(sel.map((r) => r.jurisdiction_id)).toEqual([J1.jurisdiction_id, J1.jurisdiction_id]);
  });

  test('coverageCells: charted cells in taxonomy order, with filters', async () => {
    const all = await coverageCells(db);
    expect(all.map((c) => `${c.indicator_id}|${c.jurisdiction_id}|${c.year}|${c.value}`)).toEqual([
      `${IND.A}|${J2.jurisdiction_id}|2018|50`,
      `${IND.A}|${J2.jurisdiction_id}|2020|310`,
      `${IND.A}|${J1.jurisdiction_id}|2019|100`,
      `${IND.A}|${J1.jurisdiction_id}|2020|70`,
      `${IND.B}|${J1.jurisdiction_id}|2020|0`,
    ]);
    expect(all[1]!.failed_checks).toBe('第一; 第二');
    const some = await coverageCells(db, { jurisdictions: [J1.jurisdiction_id], years: [2020] });
    expect(some.map((c) => [c.indicator_id, c.value])).toEqual([[IND.A, 70], [IND.B, 0]]);
    expect(await coverageCells(db, { years: [] })).toEqual([]);
  });
});

describe('documents', () => {
  test('documentList: every document, any status', async () => {
    const docs = await documentList(db);
    expect(docs.map((d) => [d.doc_file, d.status])).toEqual([
      ['d1.txt', 'ok'], ['d2.txt', 'ok'], ['d3.txt', 'ok'], ['d4.txt', 'ok'], ['d5.txt', 'ok'], ['d6.txt', 'unreadable'],
    ]);
  });

  test('documentSummaries: only the named documents, the same rows as documentList', async () => {
    const all = new Map((await documentList(db)).map((d) => [d.doc_file, d]));
    expect(await documentSummaries(db, ['d3.txt', 'nope.txt', 'd1.txt'])).toEqual([all.get('d1.txt'), all.get('d3.txt')]);
    expect(await documentSummaries(db, [])).toEqual([]);
  });

  test('documentDetail: metadata and text; null for an unknown file', async () => {
    const d = await documentDetail(db, 'd3.txt');
    expect(d).toMatchObject({ doc_file: 'd3.txt', jurisdiction_id: J2.jurisdiction_id, report_year: 2020, text: 'd3.txt 的报告正文。', message: '' });
    expect(await documentDetail(db, 'nope.txt')).toBeNull();
  });

  test('documentFacts: both roles in text order, with failed checks', async () => {
    const facts = await documentFacts(db, 'd3.txt');
    expect(pick(facts, 'value', 'role', 'failed_checks')).toEqual([
      { value: 300, role: 'headline', failed_checks: null },
      { value: 999, role: 'detail', failed_checks: '第一; 第二' },
      { value: 50, role: 'headline', failed_checks: null },
    ]);
  });
});

test('period precedence: year > other_year > ytd > h1, whatever the document order', async () => {
  const periods = ['h1', 'ytd', 'other_year', 'year'] as const;
  const local = await openNodeDbWith(world());
  try {
    for (let n = 1; n <= periods.length; n++) {
      // The n worst periods, each in a later-published document than the better one.
      const used = periods.slice(0, n);
      const facts = used.map((period, i) => ({ ...FACTS.j2_2020_new, fact_id: `f${i}`, doc_file: `p${i}.txt`, period, value: i + 1 }));
      const docs = used.map((_, i) => ({ doc_file: `p${i}.txt`, published: `2021-0${9 - i}-01`, jurisdiction_id: J2.jurisdiction_id }));
      local.insertRows('facts', facts);
      local.insertRows('documents', docs);
      local.deriveTables();
      const [row] = await compareValues(local, { indicator: IND.A, years: [2020], jurisdictions: [J2.jurisdiction_id] });
      expect(row?.period).toBe(used[n - 1]);
    }
  } finally {
    await local.close();
  }
});

test('failures are DbErrors carrying the SQL', async () => {
  const bare = await openNodeDbWith({});
  try {
    await bare.query('DROP TABLE headline');
    const err = await listYears(bare).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).sql).toContain('FROM headline');
  } finally {
    await bare.close();
  }
});
