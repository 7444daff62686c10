import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { matchJurisdiction, matchPopulation } from '../../../src/lib/reference/matchJurisdictions.ts';
import { parsePopulationCsv, parsePopulationNumber } from '../../../src/lib/reference/populationCsv.ts';

const HEADER = 'jurisdiction,parent,province,year,population,kind,source_title,source_url';

describe('parsePopulationCsv', () => {
  test('the shared reference file parses without problems', () => {
    const p = parsePopulationCsv(readFileSync(new URL('../../../../shared/reference/population.csv', import.meta.url), 'utf8'));
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.jurisdiction, r.parent, r.province, r.year, r.population])).toEqual([
      ['巴中市', null, '四川省', 2020, 2712900],
      ['利通区', '吴忠市', '宁夏回族自治区', 2020, 460790],
    ]);
    expect(p.rows[1]!.source_url).toMatch(/^http/);
  });

  test('columns in any order, optional ones absent, BOM and CRLF', () => {
    const p = parsePopulationCsv('\ufeffsource_title,population,year,jurisdiction\r\n公报,"1,234",2021,甲区\r\n');
    expect(p.errors).toEqual([]);
    expect(p.rows).toEqual([{ line: 2, jurisdiction: '甲区', parent: null, province: null, year: 2021, population: 1234, kind: null, source_title: '公报', source_url: null }]);
  });

  test('missing columns are named', () => {
    const p = parsePopulationCsv('jurisdiction,population\n甲区,100\n');
    expect(p.rows).toEqual([]);
    expect(p.errors).toEqual([expect.stringContaining('missing columns: year, source_title')]);
  });

  test('bad cells: each line says what is wrong', () => {
    const p = parsePopulationCsv(`${HEADER}\n甲区,,,2020,二十万,,公报,\n乙区,,,20x0,100,,公报,\n丙区,,,2020,0,,公报,\n丁区,,,2020,100,,,\n戊区,,,2020,100,,公报\n`);
    expect(p.rows).toEqual([]);
    expect(p.errors).toEqual([
      expect.stringMatching(/^line 2: population "二十万" is not a number/),
      expect.stringMatching(/^line 3: year "20x0"/),
      expect.stringMatching(/^line 4: population must be greater than zero/),
      expect.stringMatching(/^line 5: no source_title/),
      expect.stringMatching(/^line 6: 7 cells, the header has 8/),
    ]);
  });

  test('a jurisdiction-year given twice is an error; unknown columns are warnings', () => {
    const p = parsePopulationCsv('jurisdiction,year,population,source_title,note\n甲区,2020,100,a,x\n甲区,2020,120,b,y\n');
    expect(p.errors).toEqual(['line 3: 甲区 2020 is already given on line 2']);
    expect(p.warnings).toEqual([expect.stringContaining('"note" is not used')]);
  });

  test('empty input and header only', () => {
    expect(parsePopulationCsv('').errors).toEqual(['the file is empty']);
    expect(parsePopulationCsv(`${HEADER}\n`).errors).toEqual(['the table has a header but no rows']);
  });

  test('parsePopulationNumber', () => {
    expect(parsePopulationNumber('2,712,900')).toBe(2712900);
    expect(parsePopulationNumber('271.29万')).toBeNull();
    expect(parsePopulationNumber('-5')).toBeNull();
    expect(parsePopulationNumber('')).toBeNull();
  });
});

describe('matchPopulation', () => {
  const J = [
    { jurisdiction_id: '宁夏回族自治区/吴忠市/利通区', name_zh: '利通区', parent: '吴忠市', province: '宁夏回族自治区' },
    { jurisdiction_id: '甲省/A市/新区', name_zh: '新区', parent: 'A市', province: '甲省' },
    { jurisdiction_id: '乙省/B市/新区', name_zh: '新区', parent: 'B市', province: '乙省' },
    { jurisdiction_id: '重庆市', name_zh: '重庆市', parent: null, province: null },
  ];
  const r = (jurisdiction: string, parent: string | null = null, province: string | null = null) => ({ jurisdiction, parent, province });

  test('by name, narrowed by parent and province', () => {
    expect(matchJurisdiction(r('利通区'), J)).toEqual({ id: '宁夏回族自治区/吴忠市/利通区', message: '' });
    expect(matchJurisdiction(r('新区', 'B市'), J).id).toBe('乙省/B市/新区');
    expect(matchJurisdiction(r('新区', null, '甲省'), J).id).toBe('甲省/A市/新区');
    expect(matchJurisdiction(r('重庆市', null, '重庆市'), J).id).toBe('重庆市');
  });

  test('no match and ambiguous keep a null id and say why', () => {
    expect(matchJurisdiction(r('利通区', '银川市'), J)).toEqual({ id: null, message: 'no jurisdiction 银川市/利通区 in the data' });
    expect(matchJurisdiction(r('新区'), J)).toMatchObject({ id: null, message: expect.stringContaining('ambiguous') });
  });

  test('rows keep every field, drop the line number', () => {
    const rows = matchPopulation([{ line: 2, ...r('花都区'), year: 2020, population: 1, kind: null, source_title: 's', source_url: null }], J);
    expect(rows).toEqual([{ jurisdiction_id: null, jurisdiction: '花都区', parent: null, province: null, year: 2020, population: 1, kind: null, source_title: 's', source_url: null, message: 'no jurisdiction 花都区 in the data' }]);
  });
});
