import { describe, expect, it } from 'vitest';
import { planSynthetic, synthDocument, type SynthOptions } from '../../../src/lib/bench/synthDocuments.ts';
import { SYNTHETIC_MARK } from '../../../src/lib/bench/synthNames.ts';
import { PERIOD_WEIGHTS, P_WORK_PLAN, QUALIFIER_WEIGHTS } from '../../../src/lib/bench/synthProportions.ts';
import type { FactRow } from '../../../src/lib/tables/types.ts';
import { INDICATORS } from '../../../src/lib/taxonomy/taxonomy.ts';

const OPTIONS: SynthOptions = { seed: 42, provinces: 3, firstYear: 2015, years: 10, targetFacts: 80_000, indicators: INDICATORS };

function generateAll(options: SynthOptions) {
  const plan = planSynthetic(options);
  const docs = plan.docs.map((_, i) => synthDocument(plan, i));
  return { plan, docs, facts: docs.flatMap((d) => d.facts) };
}

const share = (facts: FactRow[], pred: (f: FactRow) => boolean) => facts.filter(pred).length / facts.length;

describe('synthetic data generator', () => {
  const { plan, docs, facts } = generateAll(OPTIONS);

  it('is deterministic: same seed, same rows; another seed, other rows', () => {
    const again = generateAll(OPTIONS);
    expect(again.plan.jurisdictions).toEqual(plan.jurisdictions);
    expect(again.docs).toEqual(docs);
    const other = generateAll({ ...OPTIONS, seed: 43 });
    expect(other.facts.map((f) => f.value)).not.toEqual(facts.map((f) => f.value));
  });

  it('regenerates any document alone (random access)', () => {
    const i = Math.floor(plan.docs.length / 2);
    expect(synthDocument(planSynthetic(OPTIONS), i)).toEqual(docs[i]);
  });

  it('builds a province → prefecture → county hierarchy, all marked synthetic', () => {
    const levels = new Map<string, number>();
    for (const j of plan.jurisdictions) levels.set(j.admin_level!, (levels.get(j.admin_level!) ?? 0) + 1);
    expect(levels.get('province')).toBe(OPTIONS.provinces);
    expect(levels.get('prefecture')!).toBeGreaterThan(OPTIONS.provinces * 5);
    expect(levels.get('county')!).toBeGreaterThan(levels.get('prefecture')! * 3);
    const ids = new Set(plan.jurisdictions.map((j) => j.jurisdiction_id));
    expect(ids.size).toBe(plan.jurisdictions.length);
    for (const j of plan.jurisdictions) {
      expect(j.name_zh.endsWith(SYNTHETIC_MARK)).toBe(true);
      expect(j.name_en).toContain('(synthetic)');
      if (j.admin_level !== 'province') expect(ids.has(j.parent_id!)).toBe(true);
    }
    for (const d of docs) expect(d.document.message).toContain('synthetic');
  });

  it('hits the target size and the stated proportions', () => {
    expect(facts.length / OPTIONS.targetFacts).toBeGreaterThan(0.95);
    expect(facts.length / OPTIONS.targetFacts).toBeLessThan(1.05);
    for (const [q, w] of QUALIFIER_WEIGHTS) expect(Math.abs(share(facts, (f) => f.qualifier === q) - w)).toBeLessThan(0.01);
    for (const [p, w] of PERIOD_WEIGHTS) expect(Math.abs(share(facts, (f) => f.period === p) - w)).toBeLessThan(0.01);
    const workPlans = docs.filter((d) => d.document.doc_type === 'work_plan');
    expect(Math.abs(workPlans.length / docs.length - P_WORK_PLAN)).toBeLessThan(0.015);
    for (const w of workPlans) expect(w.facts).toHaveLength(0);
    // Gaps: an annual report states a minority of indicators as headlines, like the real ones (~14 of 36).
    const reports = docs.filter((d) => d.document.doc_type === 'annual_report');
    const headlinePerReport = share(facts, (f) => f.role === 'headline') * facts.length / reports.length;
    expect(headlinePerReport).toBeGreaterThan(10);
    expect(headlinePerReport).toBeLessThan(20);
    // Not every jurisdiction reports every year.
    expect(docs.length).toBeLessThan(plan.jurisdictions.length * OPTIONS.years * 0.95);
  });

  it('keeps offsets, evidence and checks consistent with the text', () => {
    for (const d of docs.slice(0, 300)) {
      for (const f of d.facts) {
        expect(d.document.text.slice(f.char_start, f.char_end)).toBe(f.evidence);
        expect(d.document.text.slice(f.value_start, f.value_end)).toBe(f.value_text);
        if (f.unit === 'percent') expect(f.value).toBeLessThanOrEqual(100);
      }
      expect(new Set(d.facts.map((f) => f.fact_id)).size).toBe(d.facts.length);
    }
    const checks = docs.flatMap((d) => d.checks).filter((c) => c.check_type === 'part_le_whole');
    for (const c of checks) expect(c.status === 'pass').toBe(c.observed! <= c.expected!);
    const failShare = checks.filter((c) => c.status === 'fail').length / checks.length;
    expect(failShare).toBeGreaterThan(0.01);
    expect(failShare).toBeLessThan(0.12);
  });
});
