import { G, GX, LINK, N, U } from '../patterns.ts';
import type { Rule } from '../rules.ts';

/** Extraction rules for the transparency indicators (see rules.ts for the rule format; order matters). */
export const TRANSPARENCY_RULES: readonly Rule[] = [
  // ── transparency ─────────────────────────────────────────────────────────────
  {
    id: 'enforcement.results_disclosed', indicator: 'enforcement.results_disclosed',
    pattern: `(?:公开|公示)${G(10)}(?:执法结果|执法决定|行政处罚)(?:结果|决定)?(?:信息)?${LINK}${N}${U('条|件')}`,
    examples: [
      { text: '公开各类行政执法结果信息共计53539条', value: 53539 },
      { text: '在信用平台公示行政处罚信息2860条', value: 2860 },
    ],
  },
  {
    id: 'disclosure.items_published.verb', indicator: 'disclosure.items_published',
    pattern: `(?<!依申请|不予)(?:主动公开|公开|发布|发送|推送|更新)${GX(10, '普法|宣传|预警|招聘|短信|法治|法律')}信息${LINK}${N}${U('条')}`,
    examples: [
      { text: '截止目前，我区公开政府信息3261条', value: 3261 },
      { text: '全年上海市人民政府网站共发布各类信息46106条', value: 46106 },
      { text: '县政府门户网站全年累计更新信息2568条', value: 2568 },
      { text: '其中主动公开信息1027条，依申请公开信息459条', value: 1027 },
      { text: '依申请公开信息459条，不予公开信息1535条', value: null },
      { text: '通过微信公众号推送普法信息300条', value: null },
    ],
  },
  {
    id: 'disclosure.requests_received', indicator: 'disclosure.requests_received',
    pattern: `(?:依申请公开|信息公开申请|公开申请)(?:事项|申请|信息的申请)?${LINK}${N}${U('件|宗|个|次')}`,
    examples: [
      { text: '办理政府信息公开申请834宗', value: 834 },
      { text: '市本级共收到依申请公开495件', value: 495 },
      { text: '依申请公开信息459条', value: null },
    ],
  },
  {
    id: 'disclosure.requests_answered.topic', indicator: 'disclosure.requests_answered', topic: 'disclosure_requests',
    pattern: `(?:答复|答覆|回复|回覆|办结)(?:完成|处理)?${LINK}${N}${U('件|宗|个|次')}`,
    examples: [
      { text: '市本级共收到依申请公开495件，共回复处理487件', value: 487 },
      { text: '政府信息依申请公开26件，办结完成26件', value: 26 },
    ],
  },
  // ── oversight ────────────────────────────────────────────────────────────────
  {
    id: 'proposals.npc_handled.noun', indicator: 'proposals.npc_handled',
    pattern: `人大(?:代表)?(?:议案建议|建议议案|建议和议案|议案和建议|建议|议案)${LINK}${N}${U('件')}`,
    examples: [
      { text: '共办理人大代表议案建议186件、政协提案96件', value: 186 },
      { text: '区人大代表建议20件', value: 20 },
      { text: '办理人大建议58件', value: 58 },
    ],
  },
  {
    id: 'proposals.cppcc_handled.noun', indicator: 'proposals.cppcc_handled',
    pattern: `(?<!建议[和及与、]|议案[和及与、])政协(?:委员)?提案${LINK}${N}${U('件')}`,
    examples: [
      { text: '人大代表议案建议186件、政协提案96件', value: 96 },
      { text: '全区共办理人大代表建议和政协提案256件', value: null },
    ],
  },
  {
    id: 'proposals.npc_handled.numfirst', indicator: 'proposals.npc_handled',
    pattern: `(?:办理|办复|承办)${N}${U('件')}(?:市|区|县|省)?人大代表(?:议案|建议)`,
    examples: [{ text: '共办理186件人大代表建议', value: 186 }],
  },
  {
    id: 'proposals.cppcc_handled.numfirst', indicator: 'proposals.cppcc_handled',
    pattern: `(?:办理|办复|承办)${N}${U('件')}(?:市|区|县|省)?政协(?:委员)?提案`,
    examples: [{ text: '办理96件政协提案', value: 96 }],
  },
];
