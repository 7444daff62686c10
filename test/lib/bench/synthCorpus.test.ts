import { describe, expect, it } from 'vitest';
import { synthReport } from '../../../src/lib/bench/synthCorpus.ts';
import { MAX_NAMES, SYNTHETIC_MARK, synthName } from '../../../src/lib/bench/synthNames.ts';

describe('synthetic report corpus', () => {
  it('is deterministic per (seed, index) and varies between reports', () => {
    expect(synthReport(1, 5)).toEqual(synthReport(1, 5));
    expect(synthReport(1, 5).text).not.toBe(synthReport(1, 6).text);
    expect(synthReport(2, 5).text).not.toBe(synthReport(1, 5).text);
  });

  it('reads like a report: title, dated, figures with units, 8–25 KB, marked synthetic', () => {
    for (let i = 0; i < 40; i++) {
      const { fileName, text } = synthReport(9, i);
      expect(fileName).toMatch(/^synthetic_\d{6}\.txt$/);
      const bytes = Buffer.byteLength(text, 'utf8');
      expect(bytes).toBeGreaterThan(8_000);
      expect(bytes).toBeLessThan(25_000);
      expect(text.split('\n')[0]).toMatch(/\d{4}年法治政府建设情况报告$/);
      expect(text).toContain(SYNTHETIC_MARK);
      expect(text).toMatch(/发布日期:\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/\{[A-Z0-9]+\}/); // every placeholder filled
      expect(text.match(/\d+(?:\.\d+)?(?:件|条|个|项|人|名|份|宗|%)/g)?.length ?? 0).toBeGreaterThan(5);
    }
  });
});

describe('synthetic names', () => {
  it('are distinct across the whole index range and flagged', () => {
    const seen = new Set<string>();
    for (let n = 0; n < MAX_NAMES; n++) {
      const { zh, en } = synthName(n, 'county', 0);
      expect(seen.has(zh)).toBe(false);
      seen.add(zh);
      if (n % 500 === 0) expect(en).toContain('(synthetic)');
    }
    expect(() => synthName(MAX_NAMES, 'county', 0)).toThrow();
  });
});
