import { describe, expect, it } from 'vitest';
import { controlCount, decodeBytes, fewControls, looksLikeChinese } from '../../../src/lib/ingest/decode.ts';
import { encodeLegacy, encodeUtf16, garbage, utf8 } from './encodeFixtures.ts';

const SIMPLIFIED = '2019年，全区各级各类人民调解组织共调解各类矛盾纠纷4066宗，成功调解4017宗，成功率达98.79%。\n依法行政，建设法治政府。';
const TRADITIONAL = '2019年，全區各級各類人民調解組織共調解各類矛盾糾紛4066宗，成功調解4017宗，成功率達98.79%。\n依法行政，建設法治政府。';

describe('decodeBytes', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeBytes(utf8(SIMPLIFIED))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and strips the BOM', () => {
    expect(decodeBytes(utf8(SIMPLIFIED, true))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'utf-8-bom' });
  });

  it('detects GB18030 (Simplified and Traditional text)', () => {
    expect(decodeBytes(encodeLegacy(SIMPLIFIED, 'gb18030'))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'gb18030' });
    expect(decodeBytes(encodeLegacy(TRADITIONAL, 'gb18030'))).toEqual({ ok: true, text: TRADITIONAL, encoding: 'gb18030' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(encodeUtf16(SIMPLIFIED, 'le', true))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(SIMPLIFIED, 'be', true))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'utf-16be' });
  });

  it('detects UTF-16 without a BOM from its NUL bytes, in both byte orders', () => {
    expect(decodeBytes(encodeUtf16(SIMPLIFIED, 'le', false))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(SIMPLIFIED, 'be', false))).toEqual({ ok: true, text: SIMPLIFIED, encoding: 'utf-16be' });
  });

  it('rejects binary garbage', () => {
    const result = decodeBytes(garbage(4000));
    expect(result.ok).toBe(false);
  });

  it('rejects binary garbage without NUL bytes', () => {
    const bytes = garbage(4000, 7).map((b) => (b === 0 ? 1 : b));
    expect(decodeBytes(bytes).ok).toBe(false);
  });

  it('rejects ASCII control-character soup that is technically valid UTF-8', () => {
    const bytes = garbage(2000, 3).map((b) => (b % 31) + 1);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false });
  });

  it('does not misread Big5 as GB18030', () => {
    expect(decodeBytes(encodeLegacy(TRADITIONAL, 'big5')).ok).toBe(false);
  });

  it('reports an invalid body behind a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-8') });
  });
});

describe('decodeBytes tolerance', () => {
  it('keeps UTF-8 text with a stray NUL or a DOS end-of-file mark', () => {
    const withNul = new Uint8Array([...utf8(SIMPLIFIED), 0]);
    expect(decodeBytes(withNul)).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([...utf8('短文本。'), 0x1a]))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('keeps GB18030 text with a stray NUL', () => {
    expect(decodeBytes(new Uint8Array([...encodeLegacy(SIMPLIFIED, 'gb18030'), 0]))).toMatchObject({ ok: true, encoding: 'gb18030' });
  });
});

describe('looksLikeChinese / controls', () => {
  it('accepts report text and rejects text without Han characters', () => {
    expect(looksLikeChinese(SIMPLIFIED)).toBe(true);
    expect(looksLikeChinese('plain ASCII only')).toBe(false);
  });

  it('rejects rare-character soup (wrong legacy decoding)', () => {
    expect(looksLikeChinese('喎喐喑喒喓喔喕喖喗喙喛喞喠喡喢喣喤喥喦喨')).toBe(false);
  });

  it('counts control characters but not whitespace, and tolerates a couple', () => {
    expect(controlCount('a\tb\nc\r\n\f')).toBe(0);
    expect(controlCount('a\u0001\ufffd\u0085')).toBe(3);
    expect(fewControls('ab\u0001\u0001')).toBe(true);
    expect(fewControls('ab\u0001\u0001\u0001')).toBe(false);
  });
});
