import { describe, expect, it } from 'vitest';
import type { DocumentFact } from '../../../../src/lib/db/types.ts';
import { buildFactItems, indicatorDisplayName } from '../../../../src/lib/charts/document/factItems.ts';

function makeFact(over: Partial<DocumentFact>): DocumentFact {
  return {
    fact_id: 'd.txt@10:mediation.disputes', indicator_id: 'mediation.disputes', value: 1200, unit: 'cases', qualifier: 'exact',
    period: 'year', period_year: 2023, role: 'headline', evidence: '调解纠纷1200件', char_start: 6, char_end: 16,
    value_start: 10, value_end: 16, value_text: '1200件', failed_checks: null, ...over,
  };
}
const names = new Map([['mediation.disputes', { name_zh: '调解纠纷数', name_en: 'Disputes mediated' }]]);

describe('buildFactItems', () => {
  it('returns no items for no facts', () => {
    expect(buildFactItems([], names, 'zh')).toEqual([]);
  });
  it('labels one fact in Chinese and English', () => {
    const [zh] = buildFactItems([makeFact({})], names, 'zh');
    expect(zh).toMatchObject({ indicatorName: '调解纠纷数', value: '1,200件', asWritten: '1200件', qualifier: '', role: 'headline', failedChecks: null });
    expect(zh.period).toContain('2023');
    const [en] = buildFactItems([makeFact({})], names, 'en');
    expect(en).toMatchObject({ indicatorName: 'Disputes mediated', value: '1,200 cases' });
  });
  it('keeps the qualifier, the failed checks and unknown indicator ids', () => {
    const [item] = buildFactItems([makeFact({ indicator_id: 'x.y', qualifier: 'approx', failed_checks: 'rate ≠ counts' })], names, 'en');
    expect(item.indicatorName).toBe('x.y');
    expect(item.qualifier).not.toBe('');
    expect(item.failedChecks).toBe('rate ≠ counts');
  });
  it('treats blank failed checks as none and sorts by position in the text', () => {
    const items = buildFactItems(
      [makeFact({ fact_id: 'b', value_start: 50, failed_checks: '  ' }), makeFact({ fact_id: 'a', value_start: 5 })],
      names, 'zh',
    );
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(items[1].failedChecks).toBeNull();
  });
});

describe('indicatorDisplayName', () => {
  it('falls back to Chinese when there is no English name', () => {
    const m = new Map([['a.b', { name_zh: '甲', name_en: null }]]);
    expect(indicatorDisplayName('a.b', m, 'en')).toBe('甲');
  });
});
