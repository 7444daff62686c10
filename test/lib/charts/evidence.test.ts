import { describe, expect, it } from 'vitest';
import { splitEvidence } from '../../../src/lib/charts/evidence.ts';

describe('splitEvidence', () => {
  it('uses the fact offsets', () => {
    expect(splitEvidence('共调解各类矛盾纠纷4066宗', 9, 13)).toEqual({ before: '共调解各类矛盾纠纷', number: '4066', after: '宗' });
  });
  it('falls back to searching the value when offsets do not fit', () => {
    expect(splitEvidence('公开信息3578条', 40, 44, 3578)).toEqual({ before: '公开信息', number: '3578', after: '条' });
  });
  it('no highlight when nothing matches; null for no evidence', () => {
    expect(splitEvidence('近千件', null, null, 1000)).toEqual({ before: '近千件', number: '', after: '' });
    expect(splitEvidence(null, 0, 1)).toBeNull();
    expect(splitEvidence('', 0, 1)).toBeNull();
  });
  it('keeps markup-like text as text', () => {
    const p = splitEvidence('<img src=x onerror=alert(1)>5件', 28, 29)!;
    expect(p.before).toBe('<img src=x onerror=alert(1)>');
    expect(p.number).toBe('5');
  });
});
