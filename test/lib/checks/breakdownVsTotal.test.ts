import { describe, expect, it } from 'vitest';
import { checkBreakdownsVsTotals } from '../../../src/lib/checks/breakdownVsTotal.ts';
import { sentenceOfFacts } from '../../../src/lib/checks/checkHelpers.ts';
import { makeFact, textsFor } from './factFixtures.ts';

// 调解案件4033件,其中行政争议91件,民事争议3942件。
const TEXT = '调解案件4033件,其中行政争议91件,民事争议3942件。下一句90件。';
const sentenceOf = sentenceOfFacts(textsFor({ 'a.txt': TEXT }));
const total = makeFact({ indicator_id: 'mediation.disputes', value: 4033, value_start: TEXT.indexOf('4033') });
const detail = (value: number, value_start: number, extra = {}) => makeFact({ indicator_id: 'mediation.disputes', value, value_start, role: 'detail', ...extra });

describe('checkBreakdownsVsTotals', () => {
  it('passes details that sum to at most the total', () => {
    const rows = checkBreakdownsVsTotals([total, detail(91, TEXT.indexOf('91')), detail(3942, TEXT.indexOf('3942'))], sentenceOf);
    expect(rows).toEqual([expect.objectContaining({ check_type: 'breakdown_vs_total', status: 'pass', expected: 4033, observed: 4033 })]);
    expect(rows[0]!.fact_ids.split(',')).toHaveLength(3);
  });

  it('fails details that sum above the total', () => {
    const rows = checkBreakdownsVsTotals([total, detail(191, TEXT.indexOf('91')), detail(3942, TEXT.indexOf('3942'))], sentenceOf);
    expect(rows[0]).toMatchObject({ status: 'fail', expected: 4033, observed: 4133 });
    expect(rows[0]!.message).toContain('exceeds the total 4033');
  });

  it('ignores details in another sentence, of another period, or before the total', () => {
    expect(checkBreakdownsVsTotals([total, detail(5000, TEXT.indexOf('90件'))], sentenceOf)).toEqual([]);
    expect(checkBreakdownsVsTotals([total, detail(5000, TEXT.indexOf('91'), { period: 'h1' })], sentenceOf)).toEqual([]);
    const after = makeFact({ indicator_id: 'mediation.disputes', value: 100, value_start: TEXT.indexOf('3942') });
    expect(checkBreakdownsVsTotals([after, detail(5000, TEXT.indexOf('91'))], sentenceOf)).toEqual([]);
  });
});
