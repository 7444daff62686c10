import { describe, expect, it } from 'vitest';
import { HeadlineStore } from '../../../src/lib/tables/headlineStore.ts';
import { factId, type FactRow } from '../../../src/lib/tables/types.ts';

function fact(doc: string, jid: string | null, valueStart: number, over: Partial<FactRow> = {}): FactRow {
  const indicator_id = over.indicator_id ?? 'mediation.disputes';
  return {
    indicator_id, value: 10, unit: 'cases', qualifier: 'exact', period: 'year', period_year: 2019, role: 'headline', evidence: '调解纠纷10件',
    char_start: valueStart - 4, char_end: valueStart + 3, value_start: valueStart, value_end: valueStart + 2, value_text: '10', rule_id: 'r',
    fact_id: factId(doc, valueStart, indicator_id), doc_file: doc, jurisdiction_id: jid, ...over,
  };
}

function store(docs: [string, string | null, FactRow[]][]): HeadlineStore {
  const s = new HeadlineStore();
  for (const [file, jid, facts] of docs) {
    s.addDocument(file, jid);
    for (const f of facts) s.add(f);
  }
  return s;
}

describe('HeadlineStore', () => {
  it('is empty with no headlines, and keeps none of a lone headline', () => {
    expect(new HeadlineStore().candidates()).toEqual([]);
    const one = store([['a.txt', '甲区', [fact('a.txt', '甲区', 10)]]]);
    expect(one.size).toBe(1);
    expect(one.candidates()).toEqual([]);
  });

  it('returns the members of shared groups as fact rows, text fields emptied, in the order added', () => {
    const a = fact('a.txt', '甲区', 10, { value: 4066.5, period_year: null });
    const b = fact('b.txt', '甲区', 20, { value: 4000, period_year: null, unit: '件' });
    const other = fact('b.txt', '甲区', 30, { indicator_id: 'other' });
    const c = fact('c.txt', '乙区', 5);
    const s = store([['a.txt', '甲区', [a]], ['b.txt', '甲区', [b, other]], ['c.txt', '乙区', [c]]]);
    const empty = { evidence: '', value_text: '', rule_id: '' };
    expect(s.candidates()).toEqual([{ ...a, ...empty }, { ...b, ...empty }]);
  });

  it('groups facts without a jurisdiction by document, and splits groups by period and year', () => {
    const s = store([
      ['a.txt', null, [fact('a.txt', null, 1), fact('a.txt', null, 9), fact('a.txt', null, 12, { period: 'h1' })]],
      ['b.txt', null, [fact('b.txt', null, 1), fact('b.txt', null, 3, { period_year: 2020 })]],
    ]);
    expect(s.candidates().map((f) => f.fact_id)).toEqual([factId('a.txt', 1, 'mediation.disputes'), factId('a.txt', 9, 'mediation.disputes')]);
  });

  it('grows past its initial capacity', () => {
    const facts = Array.from({ length: 3000 }, (_, i) => fact('a.txt', '甲区', i * 10, { value: i }));
    const s = store([['a.txt', '甲区', facts]]);
    const got = s.candidates();
    expect(got).toHaveLength(3000);
    expect(got[2999]).toMatchObject({ value: 2999, value_start: 29990 });
  });
});
