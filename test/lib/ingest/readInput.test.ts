import { describe, expect, it } from 'vitest';
import { formatOf, readInput } from '../../../src/lib/ingest/readInput.ts';
import { encodeLegacy, garbage, utf8 } from './encodeFixtures.ts';

describe('readInput', () => {
  it('classifies file types by extension', () => {
    expect([formatOf('a.txt'), formatOf('a.HTM'), formatOf('a.html'), formatOf('a.pdf'), formatOf('README')]).toEqual(['txt', 'html', 'html', 'other', 'other']);
  });

  it('reads text files', () => {
    expect(readInput('a.txt', utf8('法治政府建设'))).toEqual({ format: 'txt', encoding: 'utf-8', text: '法治政府建设', status: 'ok', message: '' });
  });

  it('reduces HTML (in any detected encoding) to text', () => {
    const r = readInput('a.htm', encodeLegacy('<html><body><p>法治政府建设情况报告</p><p>依法行政工作</p></body></html>', 'gb18030'));
    expect(r).toMatchObject({ format: 'html', encoding: 'gb18030', status: 'ok', text: '法治政府建设情况报告\n依法行政工作' });
  });

  it('marks unsupported types unreadable with a clear message', () => {
    const r = readInput('report.pdf', utf8('%PDF-1.4'));
    expect(r).toMatchObject({ status: 'unreadable', format: 'other', encoding: null, text: '' });
    expect(r.message).toContain('.pdf');
  });

  it('marks empty, whitespace-only and markup-only files empty', () => {
    expect(readInput('a.txt', new Uint8Array())).toMatchObject({ status: 'empty', encoding: null });
    expect(readInput('a.txt', utf8(' \u3000\n\t', true))).toMatchObject({ status: 'empty', encoding: 'utf-8-bom' });
    expect(readInput('a.html', utf8('<html><script>x()</script></html>'))).toMatchObject({ status: 'empty', message: expect.stringContaining('HTML') });
  });

  it('marks undecodable bytes unreadable', () => {
    expect(readInput('a.txt', garbage(3000))).toMatchObject({ status: 'unreadable', encoding: null, message: expect.stringContaining('cannot decode') });
  });
});
