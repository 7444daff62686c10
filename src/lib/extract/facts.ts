import type { DocMeta, ExtractedFact } from '../tables/types.ts';
import { unitOf } from '../taxonomy/taxonomy.ts';
import { parseNumberExpression } from './numbers.ts';
import { periodAt } from './periods.ts';
import { isPlanParagraph, looksLikeWorkPlan, planSectionStart, TARGET_IN_CLAUSE, TARGET_IN_SENTENCE } from './plans.ts';
import { qualifierOf } from './qualifiers.ts';
import { assignRoles, type RoleCandidate } from './roles.ts';
import { RULES, type Rule } from './rules.ts';
import { clauseStartAt, lineStartAt, sentenceAt, toMatchText } from './text.ts';
import { lastTopic } from './topics.ts';
import { STANDING } from './traits.ts';

/**
 * Every indicator statement in a report's text. Rules (rules.ts) run on the normalised
 * match text; offsets, evidence and value_text refer to the original text.
 * Plans (a whole work plan, or the plan section at the end of a report) yield nothing.
 */
export function extractFacts(text: string, meta: DocMeta): ExtractedFact[] {
  const t = toMatchText(text);
  if (meta.doc_type === 'work_plan' || looksLikeWorkPlan(t)) return [];
  const limit = planSectionStart(t, meta.report_year);
  const matches = findMatches(t, limit, RULES).filter((m) => !isPlanned(t, m.valueStart, meta.report_year));
  const cands: (RoleCandidate & Match)[] = matches.map((m) => {
    const sentence = sentenceAt(t, m.valueStart);
    const p = STANDING.has(m.rule.indicator)
      ? { period: 'year' as const, period_year: meta.report_year }
      : periodAt(t, lineStartAt(t, m.valueStart), sentence.start, m.valueStart, meta.report_year);
    // Spelled out rather than spread: objects built by spreading were slow in every later access.
    return {
      rule: m.rule, value: m.value, qualifier: m.qualifier, matchStart: m.matchStart, matchEnd: m.matchEnd,
      valueStart: m.valueStart, valueEnd: m.valueEnd, indicator: m.rule.indicator, sentenceStart: sentence.start,
      clauseStart: clauseStartAt(t, m.valueStart), period: p.period, period_year: p.period_year,
    };
  });
  const roles = assignRoles(t, cands, meta);
  return cands.map((c, i): ExtractedFact => {
    const evStart = evidenceStart(t, c);
    return {
      indicator_id: c.indicator,
      value: c.value,
      unit: unitOf(c.indicator),
      qualifier: c.qualifier,
      period: c.period,
      period_year: c.period_year,
      role: roles[i]!,
      evidence: text.slice(evStart, c.matchEnd),
      char_start: evStart,
      char_end: c.matchEnd,
      value_start: c.valueStart,
      value_end: c.valueEnd,
      value_text: text.slice(c.valueStart, c.valueEnd),
      rule_id: c.rule.id,
    };
  });
}

/** A figure in a plan paragraph, or stated as a target in its sentence. */
function isPlanned(t: string, pos: number, reportYear: number | null): boolean {
  const lineStart = lineStartAt(t, pos);
  const lineEnd = t.indexOf('\n', pos);
  if (isPlanParagraph(t.slice(lineStart, lineEnd < 0 ? t.length : lineEnd), reportYear)) return true;
  return TARGET_IN_SENTENCE.test(t.slice(sentenceAt(t, pos).start, pos)) || TARGET_IN_CLAUSE.test(t.slice(clauseStartAt(t, pos), pos));
}

interface Match {
  rule: Rule;
  value: number;
  qualifier: ExtractedFact['qualifier'];
  matchStart: number;
  matchEnd: number;
  valueStart: number;
  valueEnd: number;
}

const COMPILED = new Map<Rule, RegExp>();
function compiled(rule: Rule): RegExp {
  let re = COMPILED.get(rule);
  if (!re) {
    re = new RegExp(rule.pattern, 'gd');
    COMPILED.set(rule, re);
  }
  return re;
}

/** A rule's condition regexes (requires, notBefore …), compiled once rather than per match. */
const CONDITIONS = new Map<string, RegExp>();
function condition(source: string): RegExp {
  let re = CONDITIONS.get(source);
  if (!re) {
    re = new RegExp(source);
    CONDITIONS.set(source, re);
  }
  return re;
}

// How far before a rule's cue its notBefore words are looked for (取消和下放|行政权力事项).
const NOT_BEFORE_REACH = 4;

// A number right after these words is a change (同比增加12件), not a count.
const CHANGE_WORDS = /(?:增加|减少|下降|增长|上升|提高|降低|同比|环比|较上年)[^,，。;]{0,2}$/;

/** All rule matches before `limit`, one per number (first rule wins), in text order. */
export function findMatches(t: string, limit: number, rules: readonly Rule[]): Match[] {
  const claimed = new Map<number, Match>();
  for (const rule of rules) {
    const percent = unitOf(rule.indicator) === 'percent';
    for (const m of t.matchAll(compiled(rule))) {
      const g = m.indices!.groups!;
      const num = g.num!;
      if (num[0] >= limit || claimed.has(num[0])) continue;
      const parsed = parseNumberExpression(m.groups!.num!);
      if (!parsed) continue;
      const hasPct = m.groups!.unit === '%' || parsed.percent;
      if (percent !== hasPct || (percent && parsed.value > 100)) continue;
      const valueStart = g.pre?.[0] ?? num[0];
      if (CHANGE_WORDS.test(t.slice(Math.max(0, valueStart - 8), valueStart))) continue;
      const sentence = sentenceAt(t, num[0]);
      const topicFrom = rule.topicInParagraph ? lineStartAt(t, num[0]) : sentence.start;
      if (rule.topic && lastTopic(t, topicFrom, num[0]) !== rule.topic) continue;
      if (rule.requires && !condition(rule.requires).test(t.slice(sentence.start, num[0]))) continue;
      if (rule.paragraphRequires && !condition(rule.paragraphRequires).test(t.slice(lineStartAt(t, num[0]), num[0]))) continue;
      if (rule.notBefore && condition(rule.notBefore).test(t.slice(Math.max(clauseStartAt(t, m.index), m.index - NOT_BEFORE_REACH), num[0]))) continue;
      const valueEnd = Math.max(num[1], g.post?.[1] ?? 0, g.unit?.[1] ?? 0, g.tail?.[1] ?? 0);
      claimed.set(num[0], {
        rule,
        value: parsed.value,
        qualifier: qualifierOf(m.groups!.pre, m.groups!.post, m.groups!.tail),
        matchStart: m.index,
        matchEnd: Math.max(m.index + m[0].length, valueEnd),
        valueStart,
        valueEnd,
      });
    }
  }
  return [...claimed.values()].sort((a, b) => a.valueStart - b.valueStart);
}

/** Evidence starts at the clause of the cue; topic rules take the clause before too (it names the topic). */
function evidenceStart(t: string, c: Match): number {
  let s = clauseStartAt(t, c.matchStart);
  if (c.rule.topic && s > 0 && !/[。\n]/.test(t[s - 1]!)) s = clauseStartAt(t, s - 1);
  while (s < c.matchStart && /\s/.test(t[s]!)) s++;
  return Math.min(s, c.matchStart);
}
