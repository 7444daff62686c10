import { describe, expect, it } from 'vitest';
import {
  parseDoc, parseEmbed, parseFact, parseIndicator, parseJurisdictions, parseLang, parseUrlState, parseView, parseYear,
} from '../../../src/lib/url/params.ts';
import { DEFAULT_STATE } from '../../../src/lib/url/state.ts';

describe('one parser per param: valid | invalid | missing', () => {
  const cases: [string, (raw: string | null) => { kind: string }, string, unknown, string][] = [
    ['view', parseView, 'trend', 'trend', 'chart'],
    ['lang', parseLang, 'EN', 'en', 'fr'],
    ['indicator', parseIndicator, 'mediation.disputes', 'mediation.disputes', '<script>'],
    ['year', parseYear, '2019', [2019], '19'],
    ['jurisdictions', parseJurisdictions, '广东省/广州市/花都区,浙江省/绍兴市', ['广东省/广州市/花都区', '浙江省/绍兴市'], '<b>'],
    ['embed', parseEmbed, '1', true, 'yes'],
    ['doc', parseDoc, '001_a.txt', '001_a.txt', '../etc/passwd'],
    ['fact', parseFact, '001_a.txt@120:mediation.disputes', '001_a.txt@120:mediation.disputes', 'nonsense'],
  ];
  for (const [name, parse, good, value, bad] of cases) {
    it(name, () => {
      expect(parse(good)).toEqual({ kind: 'valid', value });
      const inv = parse(bad);
      expect(inv.kind).toBe('invalid');
      expect(inv).toMatchObject({ raw: bad });
      expect(parse(null)).toEqual({ kind: 'missing' });
      expect(parse('')).toEqual({ kind: 'missing' });
    });
  }

  it('year accepts latest and several sorted unique years, rejects out of range', () => {
    expect(parseYear('latest')).toEqual({ kind: 'valid', value: 'latest' });
    expect(parseYear('2022,2016,2016')).toEqual({ kind: 'valid', value: [2016, 2022] });
    expect(parseYear('1800').kind).toBe('invalid');
    expect(parseYear(',,').kind).toBe('invalid');
  });

  it('embed 0 is valid false', () => {
    expect(parseEmbed('0')).toEqual({ kind: 'valid', value: false });
  });
});

describe('parseUrlState', () => {
  it('applies valid params and reports invalid and unknown ones without throwing', () => {
    const { state, notices } = parseUrlState(new URLSearchParams('view=bogus&indicator=mediation.disputes&year=20x9&lang=en&foo=1'));
    expect(state).toEqual({ ...DEFAULT_STATE, indicator: 'mediation.disputes', lang: 'en' });
    expect(notices.map((n) => n.param).sort()).toEqual(['foo', 'view', 'year']);
    expect(notices.find((n) => n.param === 'view')?.raw).toBe('bogus');
  });

  it('an empty query gives the defaults and no notices', () => {
    expect(parseUrlState(new URLSearchParams(''))).toEqual({ state: DEFAULT_STATE, notices: [] });
  });
});
