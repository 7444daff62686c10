import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { qualifierOf } from '../../../src/lib/extract/qualifiers.ts';
import { makeMeta } from './meta.ts';

describe('qualifierOf', () => {
  it.each([
    [undefined, undefined, undefined, 'exact'],
    ['近', undefined, undefined, 'approx'],
    ['约', undefined, undefined, 'approx'],
    [undefined, undefined, '左右', 'approx'],
    [undefined, '余', undefined, 'at_least'],
    [undefined, '多', undefined, 'at_least'],
    ['超', undefined, undefined, 'at_least'],
    ['超过', undefined, undefined, 'at_least'],
    [undefined, undefined, '以上', 'at_least'],
    ['不到', undefined, undefined, 'at_most'],
    [undefined, undefined, '以内', 'at_most'],
  ] as const)('%s/%s/%s → %s', (pre, post, tail, q) => {
    expect(qualifierOf(pre, post, tail)).toBe(q);
  });
});

describe('qualifiers in context', () => {
  it.each([
    ['组织开展普法宣传活动近1000场次', 1000, 'approx', '近1000场次'],
    ['行政复议纠错率约19.2%', 19.2, 'approx', '约19.2%'],
    ['开展法治宣传活动300余场次', 300, 'at_least', '300余场次'],
    ['开展法治宣传活动50多场', 50, 'at_least', '50多场'],
    ['调解成功率超过92%', 92, 'at_least', '超过92%'],
    ['调解成功率98%以上', 98, 'at_least', '98%以上'],
    ['开展法治宣传活动200场左右', 200, 'approx', '200场左右'],
    ['调解成功率不到90%', 90, 'at_most', '不到90%'],
    ['共调解矛盾纠纷388件', 388, 'exact', '388件'],
  ])('%s', (text, value, qualifier, valueText) => {
    const facts = extractFacts(text, makeMeta({ report_year: 2019 }));
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value, qualifier, value_text: valueText });
  });
});
