/**
 * Topics a sentence or paragraph can be about. Bare verbs such as 审结15件 or 回复处理487件
 * only make sense through the topic last named before them (受理行政诉讼案件18件，已审结15件),
 * so continuation rules name the topic they need.
 */

export type TopicId = 'litigation' | 'reconsideration' | 'arbitration' | 'mediation' | 'petitions' | 'disclosure_requests';

const TOPIC_WORDS: ReadonlyArray<[TopicId, string]> = [
  ['litigation', '行政诉讼|行政应诉|应诉案件|行政案件'],
  ['reconsideration', '复议'],
  ['arbitration', '仲裁'],
  ['mediation', '调解|调处|纠纷'],
  ['petitions', '信访|来信|来访'],
  ['disclosure_requests', '依申请公开|信息公开申请|公开申请'],
];

const TOPIC_RE = new RegExp(TOPIC_WORDS.map(([, w]) => `(${w})`).join('|'), 'g');

/** The topic named last in text[from, to), or null when none is named. */
export function lastTopic(text: string, from: number, to: number): TopicId | null {
  const slice = text.slice(from, to);
  let found: TopicId | null = null;
  for (const m of slice.matchAll(TOPIC_RE)) {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    if (idx >= 0) found = TOPIC_WORDS[idx]![0];
  }
  return found;
}
