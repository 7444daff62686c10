import { describe, expect, it } from 'vitest';
import { checkConflictingHeadlines } from '../../../src/lib/checks/conflictingHeadline.ts';
import { makeFact } from './factFixtures.ts';

const a = makeFact({ indicator_id: 'mediation.disputes', value: 4066, doc_file: 'a.txt', value_start: 10 });

describe('checkConflictingHeadlines', () => {
  it('fails two headline values for the same jurisdiction, indicator and period from two documents', () => {
    const b = makeFact({ indicator_id: 'mediation.disputes', value: 4000, doc_file: 'b.txt', value_start: 3 });
    const rows = checkConflictingHeadlines([b, a]);
    expect(rows).toEqual([expect.objectContaining({ check_type: 'conflicting_headline', status: 'fail', doc_file: 'a.txt', expected: 4066, observed: 4000 })]);
    expect(rows[0]!.fact_ids).toBe(`${a.fact_id},${b.fact_id}`);
    expect(rows[0]!.message).toContain('4066 (a.txt), 4000 (b.txt)');
  });

  it('passes repeated headline mentions that agree', () => {
    const again = makeFact({ indicator_id: 'mediation.disputes', value: 4066, doc_file: 'a.txt', value_start: 500 });
    expect(checkConflictingHeadlines([a, again])[0]).toMatchObject({ status: 'pass' });
  });

  it('ignores details, other periods, other years and other jurisdictions', () => {
    const variants = [
      { role: 'detail' as const },
      { period: 'h1' as const },
      { period_year: 2018 },
      { jurisdiction_id: '浙江省/绍兴市' },
    ];
    for (const v of variants) {
      expect(checkConflictingHeadlines([a, makeFact({ indicator_id: 'mediation.disputes', value: 1, value_start: 99, ...v })])).toEqual([]);
    }
  });

  it('groups facts without a jurisdiction by document', () => {
    const x = makeFact({ indicator_id: 'mediation.disputes', value: 1, jurisdiction_id: null, doc_file: 'x.txt' });
    const y = makeFact({ indicator_id: 'mediation.disputes', value: 2, jurisdiction_id: null, doc_file: 'y.txt' });
    expect(checkConflictingHeadlines([x, y])).toEqual([]);
  });
});
