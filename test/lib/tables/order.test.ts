import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../../src/lib/tables/order.ts';

describe('compareCodePoints', () => {
  it('orders like UTF-8 bytes (DuckDB), not like UTF-16 code units', () => {
    const astral = '\u{20000}'; // surrogate pair, code point above U+FFFF
    const names = ['b.txt', astral, '\uff41.txt', 'a.txt', 'B.txt', 'a', '花都区.txt'];
    const sorted = [...names].sort(compareCodePoints);
    const byBytes = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(sorted).toEqual(byBytes);
    expect(sorted.indexOf(astral)).toBeGreaterThan(sorted.indexOf('\uff41.txt')); // plain `<` puts it before
  });

  it('treats a prefix as smaller and equal strings as equal', () => {
    expect(compareCodePoints('a', 'a.txt')).toBeLessThan(0);
    expect(compareCodePoints('x', 'x')).toBe(0);
  });
});
