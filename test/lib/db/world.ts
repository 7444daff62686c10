/** A small fixture world shared by the db tests: four jurisdictions, five documents, two indicators. */
import type { Tables } from '../../../src/lib/tables/types.ts';
import { makeCheck, makeDocument, makeFact, makeIndicator, makeJurisdiction, makeTables } from '../../fixtures/makeTables.ts';

export const J1 = makeJurisdiction({ name_zh: '甲区', name_en: 'Jia' });
export const J2 = makeJurisdiction({ name_zh: '乙区' });
export const J3 = makeJurisdiction({ name_zh: '丙区' }); // has a document, no facts
export const J4 = makeJurisdiction({ name_zh: '丁区', n_documents: 0 }); // no document at all

const A = 'mediation.disputes';
const B = 'legal_advisors.count';
export const IND = { A, B, EMPTY: 'zzz.empty' };

const doc = (doc_file: string, j: typeof J1, report_year: number, published: string) =>
  makeDocument({ doc_file, jurisdiction_id: j.jurisdiction_id, jurisdiction: j.name_zh, report_year, published });

export const FACTS = {
  j1_2019_year: makeFact({ doc_file: 'd1.txt', jurisdiction_id: J1.jurisdiction_id, indicator_id: A, value: 100, period_year: 2019, char_start: 20, value_start: 27 }),
  // d2 repeats 2019 as other_year: the whole-year figure from d1 must win.
  j1_2019_other: makeFact({ doc_file: 'd2.txt', jurisdiction_id: J1.jurisdiction_id, indicator_id: A, value: 99, period: 'other_year', period_year: 2019, char_start: 5 }),
  j1_2020_h1: makeFact({ doc_file: 'd2.txt', jurisdiction_id: J1.jurisdiction_id, indicator_id: A, value: 40, period: 'h1', char_start: 30 }),
  j1_2020_ytd: makeFact({ doc_file: 'd2.txt', jurisdiction_id: J1.jurisdiction_id, indicator_id: A, value: 70, period: 'ytd', char_start: 50 }),
  j2_2020_old: makeFact({ doc_file: 'd3.txt', jurisdiction_id: J2.jurisdiction_id, indicator_id: A, value: 300 }),
  j2_2020_detail: makeFact({ doc_file: 'd3.txt', jurisdiction_id: J2.jurisdiction_id, indicator_id: A, value: 999, role: 'detail', char_start: 40 }),
  j2_2018_other: makeFact({ doc_file: 'd3.txt', jurisdiction_id: J2.jurisdiction_id, indicator_id: A, value: 50, period: 'other_year', period_year: 2018, char_start: 60 }),
  j2_2020_new: makeFact({ doc_file: 'd4.txt', jurisdiction_id: J2.jurisdiction_id, indicator_id: A, value: 310 }),
  // A real zero must stay 0 (never confused with missing).
  j1_2020_b_zero: makeFact({ doc_file: 'd2.txt', jurisdiction_id: J1.jurisdiction_id, indicator_id: B, value: 0, unit: 'persons', char_start: 80 }),
};

export function world(): Tables {
  return makeTables({
    indicators: [makeIndicator({ indicator_id: A }), makeIndicator({ indicator_id: B, unit: 'persons' }), makeIndicator({ indicator_id: IND.EMPTY, unit: 'percent' })],
    jurisdictions: [J4, J3, J2, J1],
    documents: [
      doc('d1.txt', J1, 2019, '2020-01-10'),
      doc('d2.txt', J1, 2020, '2021-01-10'),
      doc('d3.txt', J2, 2020, '2021-02-01'),
      doc('d4.txt', J2, 2020, '2021-03-01'),
      doc('d5.txt', J3, 2020, '2021-03-05'),
      makeDocument({ doc_file: 'd6.txt', status: 'unreadable', jurisdiction_id: null, report_year: null, published: null, text: '' }),
    ],
    facts: Object.values(FACTS),
    checks: [
      makeCheck({ fact_ids: `${FACTS.j2_2020_new.fact_id},${FACTS.j2_2020_detail.fact_id}`, check_id: 'c2', message: '第二' }),
      makeCheck({ fact_ids: `${FACTS.j2_2020_detail.fact_id}, ${FACTS.j2_2020_new.fact_id}`, check_id: 'c1', message: '第一' }),
      makeCheck({ fact_ids: FACTS.j2_2020_new.fact_id, check_id: 'c3', status: 'pass', message: 'passed' }),
    ],
  });
}
