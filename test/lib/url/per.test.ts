import { describe, expect, test } from 'vitest';
import { parsePer, parseUrlState } from '../../../src/lib/url/params.ts';
import { serialiseUrlState } from '../../../src/lib/url/serialise.ts';
import { DEFAULT_STATE } from '../../../src/lib/url/state.ts';

describe('per=capita', () => {
  test('valid, invalid, missing', () => {
    expect(parsePer('capita')).toEqual({ kind: 'valid', value: 'capita' });
    expect(parsePer(' Capita ')).toEqual({ kind: 'valid', value: 'capita' });
    expect(parsePer('person')).toEqual({ kind: 'invalid', raw: 'person', reason: 'unknown per (expected capita)' });
    expect(parsePer(null)).toEqual({ kind: 'missing' });
    expect(parsePer('')).toEqual({ kind: 'missing' });
  });

  test('default off; an invalid value is a notice and stays off', () => {
    expect(parseUrlState(new URLSearchParams('view=compare')).state.per).toBeNull();
    const bad = parseUrlState(new URLSearchParams('per=1000'));
    expect(bad.state.per).toBeNull();
    expect(bad.notices).toEqual([{ param: 'per', raw: '1000', reason: 'unknown per (expected capita)' }]);
  });

  test('serialised only when on; round trip', () => {
    expect(serialiseUrlState(DEFAULT_STATE)).toBe('');
    const s = serialiseUrlState({ ...DEFAULT_STATE, indicator: 'mediation.disputes', per: 'capita' });
    expect(s).toBe('?indicator=mediation.disputes&per=capita');
    expect(parseUrlState(new URLSearchParams(s)).state).toEqual({ ...DEFAULT_STATE, indicator: 'mediation.disputes', per: 'capita' });
  });
});
