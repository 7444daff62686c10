import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, parseChineseInteger, parseNumberExpression } from '../../../src/lib/extract/numbers.ts';
import { normaliseText } from '../../../src/lib/extract/normalise.ts';

describe('parseNumberExpression', () => {
  it.each([
    ['388', 388, false],
    ['98.79', 98.79, false],
    ['53,539', 53539, false],
    ['1,234.5', 1234.5, false],
    ['15.46亿', 1546000000, false],
    ['3万', 30000, false],
    ['2.2万', 22000, false],
    ['10303.97万', 103039700, false],
    ['十五', 15, false],
    ['三百二十五', 325, false],
    ['两千', 2000, false],
    ['一千零五', 1005, false],
    ['九十', 90, false],
    ['十', 10, false],
    ['两', 2, false],
    ['〇', 0, false],
    ['一〇五', 105, false],
    ['五万', 50000, false],
    ['百分之九十五', 95, true],
    ['百分之98.5', 98.5, true],
  ])('%s → %d', (raw, value, percent) => {
    expect(parseNumberExpression(raw)).toEqual({ value, percent });
  });

  it('reads full-width digits after normalisation', () => {
    expect(parseNumberExpression(normaliseText('１２３４'))).toEqual({ value: 1234, percent: false });
  });

  it('returns null for text that is not a number', () => {
    expect(parseNumberExpression('件')).toBeNull();
    expect(parseChineseInteger('')).toBeNull();
    expect(parseChineseInteger('三件')).toBeNull();
  });

  it('NUMBER_SOURCE matches each form whole', () => {
    const re = new RegExp(`^(?:${NUMBER_SOURCE})$`);
    for (const s of ['388', '53,539', '15.46亿', '三百二十五', '百分之九十五', '两']) expect(re.test(s), s).toBe(true);
  });
});
