import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { RULES } from '../../../src/lib/extract/rules.ts';
import { INDICATOR_BY_ID } from '../../../src/lib/taxonomy/taxonomy.ts';
import { makeMeta } from './meta.ts';

/** Every rule's examples are tests: positives yield the value, negatives yield nothing for the indicator. */
describe('rule examples', () => {
  it('rule ids are unique and name known indicators', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(INDICATOR_BY_ID.has(r.indicator), r.id).toBe(true);
  });

  it('every rule has a positive example', () => {
    for (const r of RULES) expect(r.examples.some((e) => e.value !== null), r.id).toBe(true);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples) {
        it(`${ex.value === null ? 'not' : ex.value} ← ${ex.text}`, () => {
          const facts = extractFacts(ex.text, makeMeta({ report_year: 2019 })).filter((f) => f.indicator_id === rule.indicator);
          if (ex.value === null) expect(facts).toEqual([]);
          else {
            const hit = facts.find((f) => Math.abs(f.value - ex.value!) < 0.005);
            expect(hit, JSON.stringify(facts)).toBeDefined();
            expect(hit!.rule_id).toBe(rule.id);
          }
        });
      }
    });
  }
});
