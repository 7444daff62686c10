import { describe, expect, it } from 'vitest';
import { describeDropped, validateFacts } from '../../../src/lib/tables/validateFacts.ts';
import type { ExtractedFact } from '../../../src/lib/tables/types.ts';

const TEXT = '共调解纠纷4066宗。';
const good: ExtractedFact = {
  indicator_id: 'mediation.disputes', value: 4066, unit: 'cases', qualifier: 'exact', period: 'year', period_year: 2019, role: 'headline',
  evidence: '共调解纠纷4066宗', char_start: 0, char_end: 10, value_start: 5, value_end: 9, value_text: '4066', rule_id: 'r',
};
const known = new Set(['mediation.disputes']);

describe('validateFacts', () => {
  it('keeps valid facts', () => {
    expect(validateFacts([good], TEXT, known)).toEqual({ facts: [good], dropped: new Map() });
  });

  it('drops facts whose evidence, value_text or offsets do not match the text', () => {
    const cases: Partial<ExtractedFact>[] = [
      { evidence: '调解纠纷4066宗' },
      { value_text: '406' },
      { char_end: 999 },
      { value_start: -1 },
      { value: Number.NaN },
      { indicator_id: 'x.y' },
      { period: 'decade' as ExtractedFact['period'] },
    ];
    for (const c of cases) expect(validateFacts([{ ...good, ...c }], TEXT, known).facts, JSON.stringify(c)).toEqual([]);
  });

  it('accepts any indicator when no taxonomy is loaded, and drops exact repeats', () => {
    const r = validateFacts([{ ...good, indicator_id: 'x.y' }, { ...good, indicator_id: 'x.y' }], TEXT, null);
    expect(r.facts).toHaveLength(1);
    expect(describeDropped(r.dropped)).toBe('dropped 1 invalid extracted fact(s): 1× same indicator twice at one offset');
  });
});
