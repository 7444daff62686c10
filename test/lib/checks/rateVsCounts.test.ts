import { describe, expect, it } from 'vitest';
import { sentenceOfFacts } from '../../../src/lib/checks/checkHelpers.ts';
import { checkRatesVsCounts } from '../../../src/lib/checks/rateVsCounts.ts';
import { makeFact, textsFor } from './factFixtures.ts';

// 调解纠纷4066宗,成功调解4017宗,成功率达98.79%。  (offsets of the numbers below)
const TEXT = '调解纠纷4066宗,成功调解4017宗,成功率达98.79%。';
const sentenceOf = sentenceOfFacts(textsFor({ 'a.txt': TEXT }));
const disputes = makeFact({ indicator_id: 'mediation.disputes', value: 4066, value_start: TEXT.indexOf('4066') });
const resolved = makeFact({ indicator_id: 'mediation.resolved', value: 4017, value_start: TEXT.indexOf('4017') });
const rate = (value: number, value_text = String(value), extra = {}) =>
  makeFact({ indicator_id: 'mediation.success_rate', value, value_text, value_start: TEXT.indexOf('98.79'), unit: 'percent', ...extra });

describe('checkRatesVsCounts', () => {
  it('passes a rate that equals part / whole at its stated precision', () => {
    const rows = checkRatesVsCounts([disputes, resolved, rate(98.79)], sentenceOf);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ check_type: 'rate_vs_counts', status: 'pass', expected: 98.7949, observed: 98.79 });
    expect(rows[0]!.fact_ids.split(',')).toEqual([rate(98.79).fact_id, resolved.fact_id, disputes.fact_id]);
  });

  it('passes a rounded integer rate (94.85 stated as 95%)', () => {
    const d = makeFact({ indicator_id: 'mediation.disputes', value: 388, value_start: 4 });
    const r = makeFact({ indicator_id: 'mediation.resolved', value: 368, value_start: 14 });
    expect(checkRatesVsCounts([d, r, rate(95)], sentenceOf)[0]!.status).toBe('pass');
  });

  it('fails a rate that disagrees beyond rounding', () => {
    const rows = checkRatesVsCounts([disputes, resolved, rate(98.7)], sentenceOf);
    expect(rows[0]).toMatchObject({ status: 'fail', observed: 98.7 });
    expect(rows[0]!.message).toContain('98.7949');
  });

  it('honours at_least / at_most qualifiers', () => {
    expect(checkRatesVsCounts([disputes, resolved, rate(98, '98', { qualifier: 'at_least' })], sentenceOf)[0]!.status).toBe('pass');
    expect(checkRatesVsCounts([disputes, resolved, rate(99.5, '99.5', { qualifier: 'at_least' })], sentenceOf)[0]!.status).toBe('fail');
    expect(checkRatesVsCounts([disputes, resolved, rate(98, '98', { qualifier: 'at_most' })], sentenceOf)[0]!.status).toBe('fail');
  });

  it('never pairs facts of different periods', () => {
    expect(checkRatesVsCounts([disputes, resolved, rate(50, '50', { period: 'h1' })], sentenceOf)).toEqual([]);
    expect(checkRatesVsCounts([disputes, resolved, rate(50, '50', { period_year: 2018 })], sentenceOf)).toEqual([]);
  });

  it('lets one pair of counts be checked against one rate only (the nearest of the same role)', () => {
    const text = '审结64宗,纠错9宗,直接纠错率14.1%,综合纠错率21.9%。';
    const so = sentenceOfFacts(textsFor({ 'a.txt': text }));
    const closed = makeFact({ indicator_id: 'reconsideration.closed', value: 64, value_start: text.indexOf('64') });
    const corrected = makeFact({ indicator_id: 'reconsideration.corrected', value: 9, value_start: text.indexOf('9宗') });
    const direct = makeFact({ indicator_id: 'reconsideration.correction_rate', value: 14.1, value_start: text.indexOf('14.1') });
    const overall = makeFact({ indicator_id: 'reconsideration.correction_rate', value: 21.9, value_start: text.indexOf('21.9'), role: 'detail' });
    const rows = checkRatesVsCounts([closed, corrected, direct, overall], so);
    expect(rows.map((r) => [r.fact_ids.split(',')[0], r.status])).toEqual([[direct.fact_id, 'pass']]);
  });

  it('does not pair a detail rate with counts in another sentence', () => {
    const text = `${TEXT}另一句话。成功率50%。`;
    const far = rate(50, '50', { role: 'detail', value_start: text.indexOf('50%') });
    const so = sentenceOfFacts(textsFor({ 'a.txt': text }));
    expect(checkRatesVsCounts([disputes, resolved, far], so)).toEqual([]);
  });
});
