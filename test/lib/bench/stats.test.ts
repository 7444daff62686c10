import { describe, expect, it } from 'vitest';
import { percentile, summarise } from '../../../src/lib/bench/stats.ts';
import { formatBudgetTable, judge } from '../../../src/lib/bench/budgets.ts';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const v = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted input
    expect(percentile(v, 50)).toBe(10);
    expect(percentile(v, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(summarise([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3, min: 1, max: 3 });
  });

  it('judges budgets, and never passes a missing measurement', () => {
    const base = { id: 'x', what: 'x', unit: 'ms', limit: 50 };
    expect(judge({ ...base, kind: 'max', measured: 50 }).status).toBe('PASS');
    expect(judge({ ...base, kind: 'max', measured: 51 }).status).toBe('FAIL');
    expect(judge({ ...base, kind: 'min', measured: 49 }).status).toBe('FAIL');
    expect(judge({ ...base, kind: 'max', measured: null }).status).toBe('MISSING');
    expect(judge({ ...base, kind: 'max', measured: NaN }).status).toBe('MISSING');
    const table = formatBudgetTable([judge({ ...base, kind: 'max', measured: 12.345 })]);
    expect(table).toContain('PASS');
    expect(table).toContain('12.3 ms');
  });
});
