import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/ingest/csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and skips blank lines', () => {
    expect(parseCsv('\ufefffile,title\r\na.txt,"标题, 含逗号"\r\n\r\nb.txt,"say ""hi"""\n')).toEqual({
      ok: true,
      rows: [['file', 'title'], ['a.txt', '标题, 含逗号'], ['b.txt', 'say "hi"']],
    });
  });

  it('keeps empty cells and a last line without newline', () => {
    expect(parseCsv('file,title,parent\na.txt,,广州市')).toEqual({ ok: true, rows: [['file', 'title', 'parent'], ['a.txt', '', '广州市']] });
  });

  it('reports unterminated quotes and stray quotes', () => {
    expect(parseCsv('file\n"a.txt')).toEqual({ ok: false, error: 'unterminated quoted field' });
    expect(parseCsv('file\na"b')).toMatchObject({ ok: false, error: expect.stringContaining('line 2') });
    expect(parseCsv('file\n"a"b')).toMatchObject({ ok: false });
  });
});
