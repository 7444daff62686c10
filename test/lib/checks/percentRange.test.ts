import { describe, expect, it } from 'vitest';
import { checkPercentRanges } from '../../../src/lib/checks/percentRange.ts';
import { makeFact } from './factFixtures.ts';

describe('checkPercentRanges', () => {
  it('passes 0–100 and fails outside, ignoring non-percent facts', () => {
    const ok = makeFact({ indicator_id: 'enforcement.exam_pass_rate', value: 100 });
    const bad = makeFact({ indicator_id: 'mediation.success_rate', value: 120, value_start: 9 });
    const count = makeFact({ indicator_id: 'mediation.disputes', value: 4000, value_start: 20 });
    const rows = checkPercentRanges([ok, bad, count]);
    expect(rows.map((r) => [r.fact_ids, r.status, r.observed])).toEqual([
      [ok.fact_id, 'pass', 100],
      [bad.fact_id, 'fail', 120],
    ]);
    expect(rows[1]!.message).toBe('mediation.success_rate 120% is outside 0–100');
  });
});
