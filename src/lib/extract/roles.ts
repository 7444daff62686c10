import type { DocMeta, Period, Role } from '../tables/types.ts';
import { LEVELLED, PAIRED_WITH } from './traits.ts';

/**
 * Headline vs detail. A figure is detail when the text marks it as part of something else
 * (a breakdown after 其中, a channel such as 微博, a sub-programme such as 诉前联调, another
 * level of government, a newly-added subset) or repeats an earlier figure. Among the rest,
 * per indicator and period, the headline is the figure with the widest scope
 * (全市/我区 > unmarked > 本级/市级), ties going to the first mention. At most one headline
 * per document, indicator and period; there may be none when every mention is detail.
 */

export interface RoleCandidate {
  indicator: string;
  value: number;
  matchStart: number; // start of the rule match (cue phrase)
  valueStart: number;
  valueEnd: number;
  sentenceStart: number;
  clauseStart: number;
  period: Period;
  period_year: number | null;
}

const BREAKDOWN = /其中|包括|含/;
const CHANNEL = /微博|微信|公众号|新媒体|客户端|抖音|头条号|APP|app/;
const SUB_SENTENCE = /积案|重复信访|专场|诉前|劳动人事争议|劳动争议/;
// 信访 proper only: mailboxes, hotlines and online complaints are other channels.
const SUB_CLAUSE = /讲师团|违法上访|新申领|新增|新聘|新取得|正在办理|集体学法|学法|信箱|热线|12345|网络投诉|网上投诉/;
// A composite measure (综合纠错率) ranks below the direct one when both are given.
const COMPOSITE = /综合[^,，。;]{0,4}$/;
const WHOLE = /全市|全区|全县|全省|全州|全旗|全盟|全镇|我市|我区|我县|我省|我州|我旗/g;
const PART = /本级|市级|区级|县级|省级/g;
const LEVEL_CHARS = '省市区县州旗';

type Reason = 'repeat' | 'breakdown' | 'channel' | 'sub' | 'level' | 'unpaired' | null;

export function assignRoles(t: string, cands: readonly RoleCandidate[], meta: DocMeta): Role[] {
  const own = ownLevel(t, meta);
  const reasons: Reason[] = cands.map((_, i) => markedDetail(t, cands, i, own));
  // Paired figures: a rate or sub-count is detail when its base count is stated elsewhere
  // but not in its sentence, or when the base in its sentence is itself a marked detail.
  const finalReasons = cands.map((c, i): Reason => {
    if (reasons[i]) return reasons[i];
    const bases = PAIRED_WITH[c.indicator];
    if (!bases) return null;
    const baseIdx = cands.map((b, j) => (bases.includes(b.indicator) ? j : -1)).filter((j) => j >= 0);
    const inSentence = baseIdx.filter((j) => cands[j]!.sentenceStart === c.sentenceStart);
    if (inSentence.length > 0) {
      const allMarked = inSentence.every((j) => reasons[j] !== null && reasons[j] !== 'repeat');
      return allMarked ? 'unpaired' : null;
    }
    const eligibleElsewhere = baseIdx.some((j) => reasons[j] === null);
    return eligibleElsewhere ? 'unpaired' : null;
  });

  const best = new Map<string, number>();
  cands.forEach((c, i) => {
    if (finalReasons[i]) return;
    const key = `${c.indicator}|${c.period}`;
    const cur = best.get(key);
    if (cur === undefined || scopeRank(t, cands[i]!) < scopeRank(t, cands[cur]!)) best.set(key, i);
  });
  const headlines = new Set(best.values());
  return cands.map((_, i) => (headlines.has(i) ? 'headline' : 'detail'));
}

function markedDetail(t: string, cands: readonly RoleCandidate[], i: number, own: string | null): Reason {
  const c = cands[i]!;
  const earlier = cands.filter((e, j) => j !== i && e.indicator === c.indicator && e.valueStart < c.valueStart);
  if (earlier.some((e) => Math.abs(e.value - c.value) < 0.005)) return 'repeat';
  const sameSentence = earlier.filter((e) => e.sentenceStart === c.sentenceStart);
  if (sameSentence.some((e) => BREAKDOWN.test(t.slice(e.valueEnd, c.matchStart)))) return 'breakdown';
  const clause = t.slice(c.clauseStart, c.valueStart);
  const sentence = t.slice(c.sentenceStart, c.valueStart);
  if (CHANNEL.test(clause)) return 'channel';
  if (SUB_CLAUSE.test(clause) || SUB_SENTENCE.test(sentence)) return 'sub';
  if (LEVELLED.has(c.indicator) && own !== null) {
    const lvl = levelOf(t, cands, i);
    if (lvl !== null && lvl !== own) return 'level';
  }
  return null;
}

/** 0 = whole jurisdiction (全市, 我区), 1 = unmarked, 2 = own government only (市本级, 市级), 3 = a composite measure. */
function scopeRank(t: string, c: RoleCandidate): number {
  const s = t.slice(c.sentenceStart, c.valueStart);
  if (COMPOSITE.test(t.slice(c.clauseStart, c.matchStart + 2))) return 3;
  const whole = [...s.matchAll(WHOLE)].pop()?.index ?? -1;
  const part = [...s.matchAll(PART)].pop()?.index ?? -1;
  if (whole < 0 && part < 0) return 1;
  return whole > part ? 0 : 2;
}

/** The level character (市/区/县…) written before 人大/政协, inherited along an enumeration. */
function levelOf(t: string, cands: readonly RoleCandidate[], i: number): string | null {
  const c = cands[i]!;
  const cue = t.slice(c.matchStart, c.valueStart);
  const at = cue.search(/人大|政协/);
  const before = at > 0 ? cue[at - 1]! : t[c.matchStart - 1] ?? '';
  if (LEVEL_CHARS.includes(before)) return before;
  // 市人大代表建议1件，政协提案4件: the unmarked item shares the level of the item before it.
  const prev = cands
    .map((p, j) => ({ p, j }))
    .filter(({ p }) => LEVELLED.has(p.indicator) && p.sentenceStart === c.sentenceStart && p.valueEnd <= c.matchStart)
    .pop();
  if (prev && /^[,，、;\s]*$/.test(t.slice(prev.p.valueEnd, c.matchStart))) return levelOf(t, cands, prev.j);
  return null;
}

/** The reporting government's own level: from its name (利通区 → 区), else the text's own voice (我区/全区). */
export function ownLevel(t: string, meta: DocMeta): string | null {
  const last = meta.jurisdiction?.slice(-1);
  if (last && LEVEL_CHARS.includes(last)) return last;
  const counts = new Map<string, number>();
  for (const m of t.matchAll(/[我全]([省市区县州旗])/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, v] of counts) if (best === null || v > counts.get(best)!) best = k;
  return best;
}
