import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normaliseChar, normaliseText } from '../../../src/lib/extract/normalise.ts';

/** The specification, one character at a time, without the memo table. */
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
function reference(text: string): string {
  let out = '';
  for (const ch of text.split('')) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t]/.test(ch)) out += ' ';
    else if (code >= 0x3400 && code <= 0x9fff) {
      const s = toSimplified(ch);
      out += s.length === 1 ? s : ch;
    } else out += ch;
  }
  return out;
}

describe('normaliseText', () => {
  const mixed = '２０２０年，全區受理行政復議案件１２件（同比增長５％）\t\u3000臺灣\u00a0😀ok\r\n\ud800x';

  it('folds full-width ASCII and odd spaces, simplifies, and keeps length', () => {
    const out = normaliseText(mixed);
    expect(out).toBe(reference(mixed));
    expect(out.length).toBe(mixed.length);
    expect(out.startsWith('2020年,全区受理行政复议案件12件(同比增长5%)  ')).toBe(true);
  });

  it('returns plain ASCII and already-normal text unchanged', () => {
    expect(normaliseText('abc 123\n')).toBe('abc 123\n');
    expect(normaliseText('全区受理案件12件')).toBe('全区受理案件12件');
    expect(normaliseText('')).toBe('');
  });

  it('handles texts longer than one conversion chunk', () => {
    const long = '區，'.repeat(5000) + '１';
    expect(normaliseText(long)).toBe(reference(long));
  });

  it('normaliseChar agrees with normaliseText, character by character', () => {
    for (const ch of mixed.split('')) expect(normaliseChar(ch)).toBe(reference(ch));
    expect(normaliseChar('')).toBe('');
  });
});
