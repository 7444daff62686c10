import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvColumns, csvText, toCsv, toCsvBlob } from '../../../src/lib/export/csv.ts';

describe('csvCell', () => {
  it('leaves plain text and numbers unquoted', () => {
    expect(csvCell('花都区')).toBe('花都区');
    expect(csvCell(98.5)).toBe('98.5');
    expect(csvCell(0)).toBe('0');
  });
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('x\r\ny')).toBe('"x\r\ny"');
  });
  it('neutralises formula injection in text cells', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=1')).toBe('a=1');
  });
  it('keeps negative numbers as numbers', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(-7n)).toBe('-7');
  });
  it('writes missing values as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });
});

describe('csvText', () => {
  it('formats booleans, dates and objects', () => {
    expect(csvText(true)).toBe('true');
    expect(csvText(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01T00:00:00.000Z');
    expect(csvText({ a: 1 })).toBe('{"a":1}');
  });
});

describe('csvColumns', () => {
  it('uses the given columns, else keys in first-seen order', () => {
    expect(csvColumns([{ a: 1 }], ['b', 'a'])).toEqual(['b', 'a']);
    expect(csvColumns([{ a: 1, b: 2 }, { c: 3, a: 4 }])).toEqual(['a', 'b', 'c']);
    expect(csvColumns([])).toEqual([]);
  });
});

describe('toCsv', () => {
  const rows = [
    { name_zh: '花都区', year: 2023, value: 98.5, note: '含"诉前"调解' },
    { name_zh: '=cmd', year: 2024, value: null, note: '' },
  ];
  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'name_zh,year,value,note',
      '花都区,2023,98.5,"含""诉前""调解"',
      "'=cmd,2024,,",
      '',
    ]);
  });
  it('follows the requested column order and subset', () => {
    expect(toCsv(rows, ['value', 'name_zh']).slice(1)).toBe("value,name_zh\r\n98.5,花都区\r\n,'=cmd\r\n");
  });
  it('writes just the BOM and header for no rows', () => {
    expect(toCsv([], ['a', 'b'])).toBe(`${CSV_BOM}a,b\r\n`);
  });
  it('encodes the BOM as EF BB BF in the Blob', async () => {
    const bytes = new Uint8Array(await toCsvBlob([{ 名称: '广州' }]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('名称\r\n广州\r\n');
  });
});
