import { describe, expect, it } from 'vitest';
import { migrateParams } from '../../../src/lib/url/migrations.ts';
import { parseUrlState } from '../../../src/lib/url/params.ts';
import { serialiseUrlState } from '../../../src/lib/url/serialise.ts';
import { DEFAULT_STATE, type UrlState } from '../../../src/lib/url/state.ts';

const roundTrip = (s: UrlState) => parseUrlState(new URLSearchParams(serialiseUrlState(s))).state;

describe('serialise', () => {
  it('omits defaults', () => {
    expect(serialiseUrlState(DEFAULT_STATE)).toBe('');
    expect(serialiseUrlState({ ...DEFAULT_STATE, indicator: 'mediation.disputes' })).toBe('?indicator=mediation.disputes');
  });

  it('keeps commas and slashes readable', () => {
    const s = serialiseUrlState({ ...DEFAULT_STATE, year: [2016, 2019], jurisdictions: ['浙江省/绍兴市'] });
    expect(s).toContain('year=2016,2019');
    expect(s).toContain('jurisdictions=%E6%B5%99%E6%B1%9F%E7%9C%81/');
    const d = serialiseUrlState({ ...DEFAULT_STATE, view: 'document', doc: 'a b.txt', fact: 'a b.txt@10:x.y' });
    expect(d).toBe('?view=document&doc=a+b.txt&fact=a+b.txt@10:x.y');
  });

  it('parse ∘ serialise is the identity on states', () => {
    const states: UrlState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, view: 'trend', indicator: 'disclosure.items_published', year: [2016, 2019], lang: 'en' },
      { ...DEFAULT_STATE, view: 'coverage', jurisdictions: ['广东省/广州市/花都区', '浙江省/绍兴市'], embed: true, lang: 'zh' },
      { ...DEFAULT_STATE, view: 'document', doc: '001_a9bec1d6296ff772.txt', fact: '001_a9bec1d6296ff772.txt@10:mediation.disputes' },
    ];
    for (const s of states) expect(roundTrip(s)).toEqual(s);
  });

  it('doc and fact are dropped outside the document view', () => {
    expect(serialiseUrlState({ ...DEFAULT_STATE, doc: 'a.txt', fact: 'a.txt@1:x.y' })).toBe('');
  });
});

describe('migrations', () => {
  it('upgrades v0 names and year=all, leaving current params alone', () => {
    const out = migrateParams(new URLSearchParams('tab=trend&ind=mediation.disputes&region=浙江省/绍兴市&year=all'));
    expect(Object.fromEntries(out)).toEqual({ view: 'trend', indicator: 'mediation.disputes', jurisdictions: '浙江省/绍兴市', year: 'latest' });
    const current = new URLSearchParams('view=compare&indicator=a.b');
    expect(migrateParams(current).toString()).toBe(current.toString());
  });

  it('does not overwrite a current param with an old one', () => {
    expect(migrateParams(new URLSearchParams('tab=trend&view=coverage')).get('view')).toBe('coverage');
  });
});
