import { describe, expect, it } from 'vitest';
import type { GoldDocument, GoldFact } from '../../../src/lib/eval/gold.ts';
import { scoreExtraction, scoreMetadata, type PredictedFact } from '../../../src/lib/eval/score.ts';

const gold = (over: Partial<GoldFact>): GoldFact => ({
  doc: 'a.txt', indicator: 'x.count', value: 10, qualifier: 'exact', period: 'year', period_year: 2019, role: 'headline', evidence: '', ...over,
});
const pred = (over: Partial<PredictedFact>): PredictedFact => ({
  doc: 'a.txt', indicator: 'x.count', value: 10, role: 'headline', period: 'year', period_year: 2019, evidence: '', ...over,
});
const VOCAB = ['x.count', 'x.rate'];

describe('scoreExtraction', () => {
  it('scores a perfect prediction as 1/1/1', () => {
    const s = scoreExtraction([pred({})], [gold({})], VOCAB);
    expect([s.precision, s.recall, s.headline]).toEqual([1, 1, 1]);
  });

  it('a prediction matching a detail gold fact is a true positive; recall counts headlines only', () => {
    const g = [gold({ value: 10 }), gold({ value: 3, role: 'detail' }), gold({ value: 7, indicator: 'x.rate' })];
    const s = scoreExtraction([pred({ value: 10 }), pred({ value: 3, role: 'detail' })], g, VOCAB);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.misses.map((m) => m.value)).toEqual([7]);
  });

  it('values match within ±0.005; other docs, indicators or values are false positives', () => {
    const g = [gold({ indicator: 'x.rate', value: 98.79 })];
    const p = [pred({ indicator: 'x.rate', value: 98.794 }), pred({ indicator: 'x.rate', value: 98.8 }), pred({ doc: 'b.txt', indicator: 'x.rate', value: 98.79 })];
    const s = scoreExtraction(p, g, VOCAB);
    expect(s.truePositives).toBe(1);
    expect(s.precision).toBeCloseTo(1 / 3);
  });

  it('ignores predictions outside the vocabulary', () => {
    const s = scoreExtraction([pred({}), pred({ indicator: 'other.thing' })], [gold({})], VOCAB);
    expect(s.predicted).toBe(1);
    expect(s.precision).toBe(1);
  });

  it('a document without gold facts makes every prediction a false positive', () => {
    const s = scoreExtraction([pred({ doc: 'plan.txt' })], [gold({})], VOCAB);
    expect(s.precision).toBe(0);
  });

  it('headline accuracy compares the charted values of the pair', () => {
    const g = [gold({ value: 10 }), gold({ value: 4, period: 'h1' })];
    // Right value but labelled detail: recall counts it, headline accuracy does not.
    const s1 = scoreExtraction([pred({ value: 10, role: 'detail' }), pred({ value: 4, period: 'h1' })], g, VOCAB);
    expect(s1.recall).toBe(1);
    expect(s1.headline).toBe(0);
    expect(s1.wrongHeadlines[0]!.charted!.value).toBe(4);
    // The year headline wins over the h1 headline, in gold and prediction alike.
    const s2 = scoreExtraction([pred({ value: 4, period: 'h1' }), pred({ value: 10 })], g, VOCAB);
    expect(s2.headline).toBe(1);
    expect(s2.headlinePairs).toBe(1);
  });
});

describe('scoreMetadata', () => {
  const g: GoldDocument = {
    file: 'a.txt', jurisdiction: '花都区', parent: '广州市', province: '广东省', admin_level: 'county', doc_type: 'annual_report',
    report_year: 2019, published: '2020-04-01', title: null,
  };
  it('compares each field, empty gold meaning null', () => {
    const doc = { doc_file: 'a.txt', jurisdiction: '花都区', parent: null, province: '广东省', admin_level: 'county' as const, doc_type: 'annual_report' as const, report_year: 2019, published: '2020-04-01', title: null };
    const s = scoreMetadata([doc], [g]);
    expect(s.accuracy.jurisdiction).toBe(1);
    expect(s.accuracy.title).toBe(1);
    expect(s.accuracy.parent).toBe(0);
    expect(s.mismatches).toEqual([{ doc: 'a.txt', field: 'parent', expected: '广州市', actual: null }]);
  });

  it('a document missing from the output counts as wrong in every field', () => {
    const s = scoreMetadata([], [g]);
    expect(Object.values(s.accuracy).every((v) => v === 0)).toBe(true);
  });
});
