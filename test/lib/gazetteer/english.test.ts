import { describe, expect, it } from 'vitest';
import { englishName } from '../../../src/lib/gazetteer/english.ts';
import type { AdminLevel } from '../../../src/lib/tables/types.ts';

describe('englishName', () => {
  it.each<[string, AdminLevel | null, string | null]>([
    ['花都区', 'county', 'Huadu District'],
    ['绍兴市', 'prefecture', 'Shaoxing'],
    ['淄博高新区', 'zone', 'Zibo High-tech Zone'],
    ['遂宁经济技术开发区', 'zone', 'Suining Economic and Technological Development Zone'],
    ['宁夏回族自治区', 'province', 'Ningxia Hui Autonomous Region'],
    ['新疆维吾尔自治区', 'province', 'Xinjiang Uyghur Autonomous Region'],
    ['龙华区司法局', 'department', 'Longhua District Justice Bureau'],
    ['莆田市司法局', 'department', 'Putian Justice Bureau'],
    ['重庆市', 'province', 'Chongqing'],
    ['甘肃省', 'province', 'Gansu Province'],
    ['陕西省', 'province', 'Shaanxi Province'],
    ['株洲县', 'county', 'Zhuzhou County'],
    ['兴县', 'county', 'Xingxian County'],
    ['兴和县', 'county', 'Xinghe County'],
    ['六安市', 'prefecture', "Lu'an"],
    ['西安市', 'prefecture', "Xi'an"],
    ['延边朝鲜族自治州', 'prefecture', 'Yanbian Korean Autonomous Prefecture'],
    ['乌兰察布市', 'prefecture', 'Wulanchabu'],
    ['', null, null],
    ['ABC', null, null],
  ])('%s → %s', (zh, level, en) => {
    expect(englishName(zh, level)).toBe(en);
  });
});
