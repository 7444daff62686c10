import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/eval/csv.ts';
import { INDICATORS, INDICATOR_BY_ID, unitOf } from '../../../src/lib/taxonomy/taxonomy.ts';

const goldIndicators = parseCsv(readFileSync(resolve(__dirname, '../../../../shared/gold/indicators.csv'), 'utf8'));

describe('taxonomy', () => {
  it('covers every gold indicator with the same id, category and unit', () => {
    for (const g of goldIndicators) {
      const d = INDICATOR_BY_ID.get(g.id!);
      expect(d, g.id).toBeDefined();
      expect(d!.unit).toBe(g.unit);
      expect(d!.category).toBe(g.category);
    }
  });

  it('exports table rows with cue phrases joined by |', () => {
    expect(INDICATORS.length).toBe(INDICATOR_BY_ID.size);
    const row = INDICATORS.find((r) => r.indicator_id === 'mediation.disputes')!;
    expect(row.cue_phrases.split('|').length).toBeGreaterThan(1);
    for (const r of INDICATORS) {
      expect(r.name_zh && r.name_en && r.definition, r.indicator_id).toBeTruthy();
      expect(r.cue_phrases, r.indicator_id).not.toBe('');
    }
  });

  it('unitOf throws on an unknown id', () => {
    expect(unitOf('arbitration.amount_cny')).toBe('cny');
    expect(() => unitOf('no.such')).toThrow(/unknown indicator/);
  });
});
