import * as OpenCC from 'opencc-js';

/**
 * Length-preserving normalisation of report text for matching. Every character maps to
 * exactly one character, so an offset into the normalised text is an offset into the
 * original (fact offsets and evidence always refer to the original text).
 *
 * - full-width ASCII (０-９, ，, ％, （）…) → ASCII
 * - ideographic and other odd spaces → ' '
 * - Traditional characters → Simplified (one character at a time)
 */

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

function simplifyChar(ch: string): string {
  const converted = toSimplified(ch);
  // Keep the original where OpenCC would change the length.
  return converted.length === ch.length ? converted : ch;
}

const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t]/;

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ODD_SPACE.test(ch)) return ' ';
  if (code >= 0x3400 && code <= 0x9fff) return simplifyChar(ch);
  return ch;
}

/**
 * mapChar per UTF-16 code unit, memoised: 0 = not computed yet (U+0000 maps to itself, so
 * a real 0 is never stored). Texts run through this for every report, OpenCC is slow.
 */
const CODE_MAP = new Uint16Array(0x10000);

function mapCode(code: number): number {
  let out = CODE_MAP[code]!;
  if (out === 0 && code !== 0) {
    out = mapChar(String.fromCharCode(code)).charCodeAt(0);
    CODE_MAP[code] = out;
  }
  return out;
}

export function normaliseChar(ch: string): string {
  return ch.length === 1 ? String.fromCharCode(mapCode(ch.charCodeAt(0))) : mapChar(ch);
}

/** Characters per String.fromCharCode call (stays well below the engines' argument limits). */
const CHUNK = 4096;

export function normaliseText(text: string): string {
  const codes = new Uint16Array(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const out = code < 0x80 && code !== 0x09 ? code : mapCode(code);
    codes[i] = out;
    if (out !== code) changed = true;
  }
  if (!changed) return text;
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return out;
}
