import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/runChecks.ts';
import { makeFact, textsFor } from './factFixtures.ts';

describe('runChecks', () => {
  it('runs every check and returns rows sorted by check_id with unique ids', () => {
    const text = '调解纠纷4066宗,成功调解4017宗,成功率达98.79%。';
    const facts = [
      makeFact({ indicator_id: 'mediation.disputes', value: 4066, value_start: 4 }),
      makeFact({ indicator_id: 'mediation.resolved', value: 4017, value_start: 14 }),
      makeFact({ indicator_id: 'mediation.success_rate', value: 98.79, value_start: 25 }),
      makeFact({ indicator_id: 'mediation.disputes', value: 4000, doc_file: 'b.txt' }),
    ];
    const rows = runChecks(facts, textsFor({ 'a.txt': text, 'b.txt': '4000' }));
    expect(rows.map((r) => `${r.check_type}:${r.status}`)).toEqual([
      'conflicting_headline:fail',
      'part_le_whole:pass',
      'percent_range:pass',
      'rate_vs_counts:pass',
    ]);
    const ids = rows.map((r) => r.check_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('returns nothing for no facts', () => {
    expect(runChecks([], new Map())).toEqual([]);
  });
});
