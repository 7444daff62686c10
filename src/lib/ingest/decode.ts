import { normaliseChar } from '../extract/normalise.ts';
import { COMMON_CHARS } from './commonChars.ts';

/**
 * Bytes → text with the encoding DETECTED, never assumed. Pure (TextDecoder only), so it runs
 * in Node and in the browser. Order: BOM → NUL-byte heuristic (UTF-16 without BOM) → strict
 * UTF-8 → GB18030 (strict) → UTF-16 without NULs; every non-UTF-8 guess must look like
 * Chinese text, otherwise the file is unreadable.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string };

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM (if any) was already stripped by the caller.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const ALLOWED_CONTROL = new Set(['\t', '\n', '\r', '\f', '\v']);

/** Number of C0/C1 control characters (other than whitespace) and U+FFFD in a text. */
export function controlCount(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !ALLOWED_CONTROL.has(text[i]!)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad;
}

/** Text, not binary: a stray control character (a DOS EOF, one NUL) is tolerated, soup is not. */
export function fewControls(text: string): boolean {
  return controlCount(text) <= Math.max(2, text.length * 0.001);
}

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Characters that plausibly occur in a Chinese government text (any script range it uses). */
function isPlausible(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 || code === 0x0a || code === 0x0d ||
    (code >= 0xa0 && code <= 0x24f) || // Latin-1 + extended (·, ×, é)
    (code >= 0x370 && code <= 0x4ff) || // Greek, Cyrillic (in GB2312)
    (code >= 0x2000 && code <= 0x27bf) || // punctuation, symbols, ①, ■, ★
    (code >= 0x2e80 && code <= 0x33ff) || // CJK radicals, symbols, kana, ㈠
    isCjk(code) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Does this look like Chinese text? Needs some Han characters, almost nothing outside the
 * ranges a report uses, and a fair share of common characters (Traditional ones are
 * simplified first), which rejects text decoded with the wrong legacy encoding.
 */
export function looksLikeChinese(text: string): boolean {
  let han = 0;
  let common = 0;
  let implausible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isPlausible(code)) implausible++;
    if (isCjk(code)) {
      han++;
      if (COMMON_CHARS.has(normaliseChar(text[i]!))) common++;
    }
  }
  if (han < 2) return false;
  return implausible / text.length < 0.02 && common / han >= 0.3;
}

function hasBom(bytes: Uint8Array, bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

/** Counts NUL bytes at even and odd positions (UTF-16 ASCII leaves one of them full of zeros). */
function nulPositions(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return { even, odd };
}

function utf16Guess(bytes: Uint8Array, order: ('utf-16le' | 'utf-16be')[]): Decoded | null {
  if (bytes.length % 2 !== 0) return null;
  for (const enc of order) {
    const text = strictDecode(enc, bytes);
    if (text !== null && fewControls(text) && looksLikeChinese(text)) return { ok: true, text, encoding: enc };
  }
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (hasBom(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    return text === null ? { ok: false, reason: 'UTF-8 byte-order mark but the bytes are not valid UTF-8' } : { ok: true, text, encoding: 'utf-8-bom' };
  }
  for (const [bom, enc] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!hasBom(bytes, [...bom])) continue;
    const text = strictDecode(enc, bytes.subarray(2));
    return text === null ? { ok: false, reason: `${enc.toUpperCase()} byte-order mark but the bytes are not valid ${enc.toUpperCase()}` } : { ok: true, text, encoding: enc };
  }

  const nul = nulPositions(bytes);
  if (nul.even + nul.odd > 0) {
    // UTF-8 and GB18030 text has no NUL bytes (beyond a stray one): UTF-16 or binary.
    const guess = utf16Guess(bytes, nul.odd >= nul.even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le']);
    if (guess) return guess;
    if (nul.even + nul.odd > Math.max(2, bytes.length * 0.001)) {
      return { ok: false, reason: 'binary content (NUL bytes) that does not decode as UTF-16 Chinese text' };
    }
  }

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) {
    return fewControls(utf8) ? { ok: true, text: utf8, encoding: 'utf-8' } : { ok: false, reason: 'valid UTF-8 but full of control characters (binary?)' };
  }
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null && fewControls(gb) && looksLikeChinese(gb)) return { ok: true, text: gb, encoding: 'gb18030' };
  const u16 = utf16Guess(bytes, ['utf-16le', 'utf-16be']);
  if (u16) return u16;
  return { ok: false, reason: 'not UTF-8, and neither GB18030 nor UTF-16 decoding looks like Chinese text' };
}
