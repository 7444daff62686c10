import { describe, expect, it } from 'vitest';
import { badgesOf, badgesUsed, chartNoteKeys } from '../../../src/lib/charts/notes.ts';

const v = (period: 'year' | 'h1' | 'ytd' | 'other_year', qualifier: 'exact' | 'approx' | 'at_least' | 'at_most', failed: string | null = null, year = 2019) =>
  ({ period, qualifier, failed_checks: failed, year });

describe('badges', () => {
  it('plain full-year exact values have no badge', () => {
    expect(badgesOf(v('year', 'exact'))).toEqual([]);
  });
  it('period, qualifier and failed checks each add a badge', () => {
    expect(badgesOf(v('h1', 'exact'))).toEqual(['h1']);
    expect(badgesOf(v('ytd', 'at_least', 'rate does not match counts'))).toEqual(['ytd', 'at_least', 'failed']);
    expect(badgesOf(v('other_year', 'approx'))).toEqual(['other_year', 'approx']);
    expect(badgesOf(v('year', 'at_most', '  '))).toEqual(['at_most']);
  });
  it('badgesUsed is distinct and ordered', () => {
    expect(badgesUsed([v('year', 'approx'), v('h1', 'exact'), v('h1', 'approx')])).toEqual(['h1', 'approx']);
  });
});

describe('chart notes', () => {
  it('one note per badge used, plus the latest note when years differ', () => {
    expect(chartNoteKeys([v('h1', 'exact', null, 2016), v('ytd', 'exact', null, 2016)], true)).toEqual(['noteH1', 'noteYtd']);
    expect(chartNoteKeys([v('h1', 'exact', null, 2016), v('year', 'exact', 'x', 2019)], true)).toEqual(['noteH1', 'noteFailed', 'noteLatest']);
    expect(chartNoteKeys([v('year', 'exact', null, 2016), v('year', 'exact', null, 2019)], false)).toEqual([]);
  });
});
