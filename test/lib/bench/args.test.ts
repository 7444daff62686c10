import { describe, expect, it } from 'vitest';
import { parseBenchArgs, parseSize } from '../../../scripts/bench/args.ts';

describe('bench arguments', () => {
  it('parses sizes with k/m suffixes and rejects junk', () => {
    expect(parseSize('1m')).toBe(1_000_000);
    expect(parseSize('10M')).toBe(10_000_000);
    expect(parseSize('300k')).toBe(300_000);
    expect(parseSize('2500')).toBe(2500);
    expect(() => parseSize('ten')).toThrow(/invalid size/);
  });

  it('has full and quick defaults and explicit overrides', () => {
    expect(parseBenchArgs([]).sizes).toEqual(['bundled', '1m', '10m']);
    expect(parseBenchArgs([]).ingestSizes).toEqual([2500, 10000]);
    const q = parseBenchArgs(['--quick', '--sizes=bundled,200k', '--skip=ingest', '--cold=2']);
    expect(q.quick).toBe(true);
    expect(q.sizes).toEqual(['bundled', '200k']);
    expect([...q.skip]).toEqual(['ingest']);
    expect(q.cold).toBe(2);
    expect(() => parseBenchArgs(['--sizes=1x'])).toThrow();
    expect(() => parseBenchArgs(['--nope'])).toThrow(/unknown option/);
  });
});
