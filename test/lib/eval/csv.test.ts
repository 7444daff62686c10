import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/eval/csv.ts';

describe('parseCsv', () => {
  it('parses quoted fields with commas, doubled quotes and CRLF', () => {
    const csv = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,,\n';
    expect(parseCsv(csv)).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: '', c: '' },
    ]);
  });

  it('handles a BOM, a missing final newline and an empty input', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([{ a: '1', b: '2' }]);
    expect(parseCsv('')).toEqual([]);
  });
});
