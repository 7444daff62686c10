/**
 * The one order for names and ids in the published tables: Unicode code point order, which
 * is also DuckDB's (byte-wise UTF-8) order, so rows sorted in JS and rows sorted by DuckDB
 * agree. Plain `<` on JS strings compares UTF-16 code units, which differs for characters
 * beyond U+FFFF; locale-aware comparison would differ between machines.
 */
function codePointKey(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000; // surrogates (astral) sort after U+FFFF
}

export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointKey(x) - codePointKey(y);
  }
  return a.length - b.length;
}
