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
const charCache = new Map<string, string>();

function simplifyChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const converted = toSimplified(ch);
    // Keep the original where OpenCC would change the length.
    out = converted.length === ch.length ? converted : ch;
    charCache.set(ch, out);
  }
  return out;
}

const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t]/;

export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ODD_SPACE.test(ch)) return ' ';
  if (code >= 0x3400 && code <= 0x9fff) return simplifyChar(ch);
  return ch;
}

export function normaliseText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += normaliseChar(text[i]!);
  return out;
}
