import { describe, expect, it } from 'vitest';
import { buildPrefixIndex } from '../../../src/lib/gazetteer/prefixIndex.ts';
import { lookupName, lookupStem, matchNameAt, matchStemAt } from '../../../src/lib/gazetteer/index.ts';

/** The definition the index must agree with: try every length, longest first. */
function bruteLongest(keys: ReadonlySet<string>, text: string, start: number, min: number, max: number): string | null {
  for (let len = Math.min(max, text.length - start); len >= min; len--) {
    const candidate = text.slice(start, start + len);
    if (keys.has(candidate)) return candidate;
  }
  return null;
}

describe('buildPrefixIndex', () => {
  const keys = ['广州', '广州市', '广州市花都区', '花都区', '都区', 'ab'];
  const index = buildPrefixIndex(keys, 2, 5);

  it('returns the longest key within the length bounds', () => {
    expect(index.longestAt('广州市花都区', 0)).toBe('广州市'); // 广州市花都区 is longer than 5
    expect(index.longestAt('广州市花都区', 3)).toBe('花都区');
    expect(index.longestAt('广州', 0)).toBe('广州');
    expect(index.longestAt('广', 0)).toBeNull(); // too short to hold a key
    expect(index.longestAt('法治政府', 0)).toBeNull();
    expect(index.longestAt('广州', 5)).toBeNull(); // past the end
  });

  it('refuses one-character keys (the index is keyed by two)', () => {
    expect(() => buildPrefixIndex(['县'], 1, 3)).toThrow();
  });

  it('agrees with the brute-force definition on every position of mixed texts', () => {
    const set = new Set(keys.filter((k) => k.length >= 2 && k.length <= 5));
    const texts = ['xab广州市花都区都区广州abab', '广州市广州广都区花都区', 'a', ''];
    for (const text of texts) {
      for (let i = 0; i <= text.length; i++) expect(index.longestAt(text, i)).toBe(bruteLongest(set, text, i, 2, 5));
    }
  });
});

describe('gazetteer matchers built on the index', () => {
  it('match names and stems like a scan of every length would', () => {
    const text = '深圳市龙华区司法局关于2020年度法治政府建设情况的报告,溧阳市、宁夏回族自治区吴忠市利通区和兴县';
    for (let i = 0; i <= text.length; i++) {
      const name = matchNameAt(text, i);
      if (name) expect(lookupName(name).length).toBeGreaterThan(0);
      const stem = matchStemAt(text, i);
      if (stem) expect(lookupStem(stem).length).toBeGreaterThan(0);
    }
    expect(matchNameAt(text, 0)).toBe('深圳市');
    expect(matchNameAt(text, 3)).toBe('龙华区');
    expect(matchStemAt(text, 0)).toBe('深圳');
    const ningxia = text.indexOf('宁夏');
    expect(matchNameAt(text, ningxia)).toBe('宁夏回族自治区');
    expect(matchStemAt(text, ningxia)).toBe('宁夏');
    expect(matchNameAt(text, text.indexOf('兴县'))).toBe('兴县');
  });
});
