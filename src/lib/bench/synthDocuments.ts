import { factId, type CheckRow, type DocumentRow, type FactRow, type IndicatorRow, type JurisdictionRow, type Period, type Role } from '../tables/types.ts';
import { Rng } from './random.ts';
import { buildJurisdictions } from './synthJurisdictions.ts';
import {
  PERIOD_LEAD, PERIOD_WEIGHTS, POPULARITY_RANGE, P_CHECK_FAIL, P_HEADLINE_GIVEN_REPORTED, P_REPORT_PUBLISHED,
  P_WORK_PLAN, QUALIFIER_WEIGHTS, START_OFFSET_WEIGHTS,
} from './synthProportions.ts';
import { baseValue, valueText, yearValue } from './synthValues.ts';

/**
 * The synthetic dataset as a plan (jurisdictions, which documents exist) plus a pure
 * function from a document index to its rows. Writers stream documents one by one, so
 * 10 M facts never sit in memory; any document can be regenerated alone (tests do).
 */

export interface SynthOptions {
  seed: number;
  provinces: number; // 31 → ~3,000 jurisdictions
  firstYear: number;
  years: number;
  targetFacts: number;
  indicators: IndicatorRow[];
}

export interface PlannedDoc {
  jurisdiction: number; // index into plan.jurisdictions
  year: number;
  workPlan: boolean;
}

export interface SynthPlan {
  options: SynthOptions;
  jurisdictions: JurisdictionRow[];
  docs: PlannedDoc[];
  popularity: number[]; // per indicator
  detailMean: number; // detail facts per annual report
}

export interface SynthDoc {
  document: DocumentRow;
  facts: FactRow[];
  checks: CheckRow[];
}

/** Part ≤ whole pairs the pipeline checks; a generated failure really has part > whole. */
const PART_OF: readonly (readonly [string, string])[] = [
  ['mediation.resolved', 'mediation.disputes'],
  ['reconsideration.closed', 'reconsideration.received'],
  ['disclosure.requests_answered', 'disclosure.requests_received'],
  ['litigation.cases_closed', 'litigation.cases_received'],
];

const UTF8 = new TextEncoder();
const DETAIL_LEADS = ['其中市本级', '其中乡镇(街道)', '其中部门', '另有', '此外'];

export function planSynthetic(options: SynthOptions): SynthPlan {
  const { seed, firstYear, years, indicators } = options;
  const jurisdictions = buildJurisdictions({ seed, provinces: options.provinces });
  const docs: PlannedDoc[] = [];
  jurisdictions.forEach((j, ji) => {
    const rng = new Rng(seed, 5, ji);
    const start = firstYear + rng.weighted(START_OFFSET_WEIGHTS);
    for (let y = start; y < firstYear + years; y++) {
      if (rng.next() >= P_REPORT_PUBLISHED) continue;
      docs.push({ jurisdiction: ji, year: y, workPlan: rng.next() < P_WORK_PLAN });
      j.n_documents++;
    }
  });
  const [lo, hi] = POPULARITY_RANGE;
  const popularity = indicators.map((_, i) => lo + (hi - lo) * new Rng(seed, 2, i).next());
  const reports = docs.filter((d) => !d.workPlan).length;
  const headlinesPerReport = popularity.reduce((a, p) => a + p * P_HEADLINE_GIVEN_REPORTED, 0);
  const detailMean = Math.max(0, options.targetFacts / Math.max(1, reports) - headlinesPerReport);
  return { options, jurisdictions, docs, popularity, detailMean };
}

function pickPeriod(rng: Rng): Period {
  return PERIOD_WEIGHTS[rng.weighted(PERIOD_WEIGHTS.map((w) => w[1]))]![0];
}

export function synthDocument(plan: SynthPlan, docIndex: number): SynthDoc {
  const { seed, indicators, firstYear } = plan.options;
  const planned = plan.docs[docIndex]!;
  const j = plan.jurisdictions[planned.jurisdiction]!;
  const year = planned.year;
  const rng = new Rng(seed, 6, docIndex);
  const docFile = `synthetic/${String(planned.jurisdiction).padStart(4, '0')}_${year}.txt`;
  const title = `${j.name_zh}${year}年法治政府建设情况报告(合成数据)`;
  let text = `${title}\n本文为基准测试生成的合成数据,不是真实报告。\n`;
  const facts: FactRow[] = [];
  const headline = new Map<string, FactRow>();

  const addFact = (ind: IndicatorRow, value: number, role: Role, lead: string): FactRow => {
    const qualifier = QUALIFIER_WEIGHTS[rng.weighted(QUALIFIER_WEIGHTS.map((w) => w[1]))]![0];
    const period = pickPeriod(rng);
    const periodYear = period === 'other_year' ? year - 1 : year;
    const vText = valueText(ind, value, qualifier);
    const prefix = `${period === 'other_year' ? `${periodYear}年` : PERIOD_LEAD[period]}${lead}${ind.name_zh}`;
    const charStart = text.length;
    const valueStart = charStart + prefix.length;
    const evidence = prefix + vText;
    text += `${evidence}。`;
    const fact: FactRow = {
      indicator_id: ind.indicator_id, value, unit: ind.unit, qualifier, period, period_year: periodYear, role,
      evidence, char_start: charStart, char_end: charStart + evidence.length,
      value_start: valueStart, value_end: valueStart + vText.length, value_text: vText, rule_id: 'synthetic',
      fact_id: factId(docFile, valueStart, ind.indicator_id), doc_file: docFile, jurisdiction_id: j.jurisdiction_id,
    };
    facts.push(fact);
    return fact;
  };

  if (!planned.workPlan) {
    const failPairs = new Set(PART_OF.filter(() => rng.next() < P_CHECK_FAIL).map((p) => p[0]));
    indicators.forEach((ind, i) => {
      const habit = new Rng(seed, 3, planned.jurisdiction, i);
      const reports = habit.next() < plan.popularity[i]!;
      const base = baseValue(ind, j.admin_level, habit);
      if (!reports || rng.next() >= P_HEADLINE_GIVEN_REPORTED) return;
      let value = yearValue(ind, base, year - firstYear, rng);
      const whole = PART_OF.find((p) => p[0] === ind.indicator_id)?.[1];
      const wholeFact = whole ? headline.get(whole) : undefined;
      if (wholeFact) {
        // A part is a share of its whole, unless this document carries a (real-looking) inconsistency.
        value = failPairs.has(ind.indicator_id) ? Math.round(wholeFact.value * 1.1) + 1 : Math.round(wholeFact.value * (0.6 + 0.4 * rng.next()));
      }
      headline.set(ind.indicator_id, addFact(ind, value, 'headline', ''));
    });
    const nDetail = rng.poisson(plan.detailMean);
    const pool = headline.size ? [...headline.values()] : [];
    for (let d = 0; d < nDetail && pool.length; d++) {
      const of = rng.pick(pool);
      const ind = indicators.find((x) => x.indicator_id === of.indicator_id)!;
      const value = ind.unit === 'percent' ? of.value : Math.max(1, Math.round(of.value * rng.next() * 0.5));
      addFact(ind, ind.unit === 'cny' ? Math.max(100, Math.round(value / 100) * 100) : value, 'detail', rng.pick(DETAIL_LEADS));
    }
  }
  text += `${j.name_zh}人民政府\n`;
  const checks = buildChecks(headline, docFile, j.jurisdiction_id);
  const document: DocumentRow = {
    title, jurisdiction: j.name_zh, parent: j.parent, province: j.province, admin_level: j.admin_level,
    doc_type: planned.workPlan ? 'work_plan' : 'annual_report', report_year: year,
    published: `${year + 1}-0${1 + (docIndex % 4)}-${String(10 + (docIndex % 18))}`,
    doc_file: docFile, status: facts.length ? 'ok' : 'no_facts', message: 'synthetic benchmark data, not a real report',
    sha256: '', bytes: UTF8.encode(text).length, encoding: 'utf-8', format: 'txt', duplicate_of: null,
    jurisdiction_id: j.jurisdiction_id, meta_source: 'synthetic', n_facts: facts.length, char_count: text.length, text,
  };
  return { document, facts, checks };
}

function buildChecks(headline: Map<string, FactRow>, docFile: string, jid: string): CheckRow[] {
  const checks: CheckRow[] = [];
  for (const [partId, wholeId] of PART_OF) {
    const part = headline.get(partId);
    const whole = headline.get(wholeId);
    if (!part || !whole) continue;
    const ok = part.value <= whole.value;
    checks.push({
      check_id: `part_le_whole:${part.fact_id},${whole.fact_id}`, doc_file: docFile, jurisdiction_id: jid,
      check_type: 'part_le_whole', status: ok ? 'pass' : 'fail', fact_ids: `${part.fact_id},${whole.fact_id}`,
      expected: whole.value, observed: part.value,
      message: ok ? '' : `${partId} ${part.value} exceeds ${wholeId} ${whole.value}`,
    });
  }
  for (const f of headline.values()) {
    if (f.unit !== 'percent') continue;
    checks.push({
      check_id: `percent_range:${f.fact_id}`, doc_file: docFile, jurisdiction_id: jid, check_type: 'percent_range',
      status: f.value >= 0 && f.value <= 100 ? 'pass' : 'fail', fact_ids: f.fact_id, expected: null, observed: f.value, message: '',
    });
  }
  return checks;
}
