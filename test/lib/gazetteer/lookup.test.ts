import { describe, expect, it } from 'vitest';
import { DIVISIONS, lookupName, lookupStem, matchNameAt, pickDivision, stemOf } from '../../../src/lib/gazetteer/index.ts';

describe('gazetteer divisions', () => {
  it('has every level, with the project conventions for parents', () => {
    expect(DIVISIONS.length).toBeGreaterThan(3000);
    const [huadu] = lookupName('花都区');
    expect(huadu).toMatchObject({ level: 'county', parent: '广州市', province: '广东省' });
    const [shaoxing] = lookupName('绍兴市');
    expect(shaoxing).toMatchObject({ level: 'prefecture', parent: null, province: '浙江省' });
    // Municipalities are provinces; their districts hang under the municipality itself.
    expect(lookupName('重庆市')[0]).toMatchObject({ level: 'province', parent: null, province: '重庆市' });
    expect(lookupName('静海区')[0]).toMatchObject({ level: 'county', parent: '天津市', province: '天津市' });
    expect(lookupName('宁夏回族自治区')[0]?.level).toBe('province');
    // A county-level city has its prefecture as parent.
    expect(lookupName('溧阳市')[0]).toMatchObject({ level: 'county', parent: '常州市', province: '江苏省' });
  });

  it('finds names and stems', () => {
    expect(lookupName('不存在县')).toEqual([]);
    expect(lookupStem('淄博').map((d) => d.name)).toContain('淄博市');
    expect(matchNameAt('广州市花都区2019年', 0)).toBe('广州市');
    expect(matchNameAt('广州市花都区2019年', 3)).toBe('花都区');
    expect(matchNameAt('法治政府', 0)).toBeNull();
  });

  it.each([
    ['宁夏回族自治区', '宁夏'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
    ['延边朝鲜族自治州', '延边'],
    ['溧阳市', '溧阳'],
    ['甘肃省', '甘肃'],
    ['兴县', null],
  ])('stemOf(%s) = %s', (name, stem) => {
    expect(stemOf(name)).toBe(stem);
  });
});

describe('pickDivision (ambiguous names)', () => {
  const longhua = lookupName('龙华区');

  it('龙华区 exists in two provinces', () => {
    expect(longhua.map((d) => d.province).sort()).toEqual(['广东省', '海南省']);
  });

  it('resolves with an enclosing name from the title chain', () => {
    expect(pickDivision(longhua, ['深圳市'])?.parent).toBe('深圳市');
    expect(pickDivision(longhua, ['海南省'])?.parent).toBe('海口市');
  });

  it('resolves with mentions in the text, else refuses to guess', () => {
    expect(pickDivision(longhua, [], '海口市龙华区人民政府 海口')?.province).toBe('海南省');
    expect(pickDivision(longhua, [], '')).toBeNull();
    expect(pickDivision(longhua, [], '区政府召开常务会议')).toBeNull();
    expect(pickDivision(longhua, [], '深圳 海口')).toBeNull(); // a tie stays unresolved
  });

  it('returns the only candidate and null for none', () => {
    expect(pickDivision(lookupName('花都区'))?.name).toBe('花都区');
    expect(pickDivision([])).toBeNull();
  });
});
