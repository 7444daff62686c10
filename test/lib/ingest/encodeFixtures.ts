/**
 * Byte fixtures for the decoder tests, built at test time. Node's TextEncoder only speaks
 * UTF-8, so legacy encodings are produced from a reverse map of TextDecoder's own tables.
 */

const reverseMaps = new Map<string, Map<string, number[]>>();

/** Char → bytes for a legacy encoding (gb18030 two- and four-byte BMP ranges, big5 two-byte). */
function reverseMap(label: string): Map<string, number[]> {
  let map = reverseMaps.get(label);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a valid pair in this encoding
      }
    }
  }
  if (label === 'gb18030') {
    // Four-byte sequences cover the rest of the BMP (e.g. U+00A0 no-break space).
    for (let b1 = 0x81; b1 <= 0x84; b1++)
      for (let b2 = 0x30; b2 <= 0x39; b2++)
        for (let b3 = 0x81; b3 <= 0xfe; b3++)
          for (let b4 = 0x30; b4 <= 0x39; b4++) {
            try {
              const ch = decoder.decode(new Uint8Array([b1, b2, b3, b4]));
              if (ch.length === 1 && !map.has(ch)) map.set(ch, [b1, b2, b3, b4]);
            } catch {
              // unassigned
            }
          }
  }
  reverseMaps.set(label, map);
  return map;
}

/** Encodes text in a legacy double-byte encoding; ASCII passes through. */
export function encodeLegacy(text: string, label: 'gb18030' | 'big5'): Uint8Array {
  const map = reverseMap(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${ch} has no ${label} encoding`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = c & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = c >> 8;
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Deterministic pseudo-random bytes (no Math.random: tests must be reproducible). */
export function garbage(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 16;
  }
  return out;
}
