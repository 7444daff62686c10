import { describe, expect, it } from 'vitest';
import { chartedFact, type ChartableFact } from '../../../src/lib/eval/charted.ts';

const f = (over: Partial<ChartableFact>): ChartableFact => ({ role: 'headline', period: 'year', period_year: 2019, value: 1, ...over });

describe('chartedFact', () => {
  it('returns null when there is no headline', () => {
    expect(chartedFact([])).toBeNull();
    expect(chartedFact([f({ role: 'detail' })])).toBeNull();
  });

  it('prefers year > other_year > ytd > h1', () => {
    const h1 = f({ period: 'h1', value: 1 });
    const ytd = f({ period: 'ytd', value: 2 });
    const other = f({ period: 'other_year', period_year: 2015, value: 3 });
    const year = f({ period: 'year', value: 4 });
    expect(chartedFact([h1, ytd, other, year])).toBe(year);
    expect(chartedFact([h1, ytd, other])).toBe(other);
    expect(chartedFact([h1, ytd])).toBe(ytd);
    expect(chartedFact([h1])).toBe(h1);
  });

  it('takes the latest other year, then the first fact', () => {
    const a = f({ period: 'other_year', period_year: 2015, value: 1 });
    const b = f({ period: 'other_year', period_year: 2017, value: 2 });
    expect(chartedFact([a, b])).toBe(b);
    const c = f({ value: 5 });
    const d = f({ value: 6 });
    expect(chartedFact([c, d])).toBe(c);
  });

  it('never charts a detail even when it has the best period', () => {
    const detail = f({ role: 'detail', period: 'year', value: 9 });
    const h1 = f({ period: 'h1', value: 3 });
    expect(chartedFact([detail, h1])).toBe(h1);
  });
});
