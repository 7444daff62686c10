import { describe, expect, test } from 'vitest';
import { decodeUtf8, parseUserPopulation } from '../../../src/lib/reference/userTable.ts';

const J = [
  { jurisdiction_id: '广东省/广州市/花都区', name_zh: '花都区', parent: '广州市', province: '广东省' },
  { jurisdiction_id: '宁夏回族自治区/吴忠市/利通区', name_zh: '利通区', parent: '吴忠市', province: '宁夏回族自治区' },
];
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseUserPopulation', () => {
  test('a good table with a BOM: matched rows, unknown jurisdictions reported and ignored', () => {
    const r = parseUserPopulation(utf8('\ufeffjurisdiction,parent,year,population,source_title\n花都区,广州市,2021,1100000,我的表\n不存在区,,2021,5,我的表\n'), J);
    expect(r).toEqual({
      ok: true,
      rows: [expect.objectContaining({ jurisdiction_id: '广东省/广州市/花都区', year: 2021, population: 1100000, source_title: '我的表' })],
      warnings: ['line 3: no jurisdiction 不存在区 in the data (row ignored)'],
    });
  });

  test('missing columns', () => {
    const r = parseUserPopulation(utf8('jurisdiction,population\n花都区,1\n'), J);
    expect(r).toEqual({ ok: false, problems: [expect.stringContaining('missing columns: year, source_title')] });
  });

  test('non-numeric population: the whole table is refused', () => {
    const r = parseUserPopulation(utf8('jurisdiction,year,population,source_title\n花都区,2021,很多,表\n利通区,2021,5,表\n'), J);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.stringMatching(/^line 2: population "很多" is not a number/)]);
  });

  test('GBK bytes and UTF-16 are refused with a UTF-8-only message', () => {
    // "花都区" in GBK: BB A8 B6 BC C7 F8
    const gbk = new Uint8Array([...utf8('jurisdiction,year,population,source_title\n'), 0xbb, 0xa8, 0xb6, 0xbc, 0xc7, 0xf8, ...utf8(',2021,5,x\n')]);
    const r = parseUserPopulation(gbk, J);
    expect(r).toEqual({ ok: false, problems: [expect.stringMatching(/only UTF-8 CSV is supported \(GBK\/GB18030/)] });
    expect(parseUserPopulation(new Uint8Array([0xff, 0xfe, 0x6a, 0x00]), J).ok).toBe(false);
    expect(decodeUtf8(gbk)).toBeNull();
  });

  test('no row naming a known jurisdiction → refused, listing the rows', () => {
    const r = parseUserPopulation(utf8('jurisdiction,year,population,source_title\n甲区,2021,5,x\n'), J);
    expect(r).toEqual({ ok: false, problems: ['no row names a jurisdiction in the data', 'line 2: no jurisdiction 甲区 in the data (row ignored)'] });
  });

  test('empty file', () => {
    expect(parseUserPopulation(new Uint8Array(), J)).toEqual({ ok: false, problems: ['the file is empty'] });
  });
});
