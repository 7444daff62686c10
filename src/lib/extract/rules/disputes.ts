import { G, LINK, N, U } from '../patterns.ts';
import type { Rule } from '../rules.ts';
import { CASES, LABOUR, PCT } from './shared.ts';

/** Extraction rules for the disputes indicators (see rules.ts for the rule format; order matters). */
export const DISPUTES_RULES: readonly Rule[] = [
  // ── mediation ────────────────────────────────────────────────────────────────
  {
    id: 'mediation.resolved.verb', indicator: 'mediation.resolved',
    pattern: `(?:调解成功|成功调解|调处成功|成功调处)(?:各类)?(?:矛盾)?(?:纠纷|案件)?${LINK}${N}${CASES}`,
    examples: [
      { text: '共排查调处各类矛盾纠纷388件，调解成功368件', value: 368 },
      { text: '成功调解4017宗', value: 4017 },
      { text: '已成功调解案件149宗', value: 149 },
      { text: '调解成功率98%', value: null },
    ],
  },
  {
    id: 'mediation.resolved.topic', indicator: 'mediation.resolved', topic: 'mediation',
    pattern: `(?:[,，]|其中)(?:已)?(?:成功|化解成功|成功化解)(?:各类)?(?:矛盾)?(?:纠纷)?${N}${CASES}`,
    examples: [
      { text: '全县共调处矛盾纠纷3200件，成功3150件', value: 3150 },
      { text: '人民调解组织排查调处矛盾纠纷820件，成功化解806件', value: 806 },
      { text: '受理信访事项120件，成功化解110件', value: null },
    ],
  },
  {
    id: 'mediation.success_rate', indicator: 'mediation.success_rate', topic: 'mediation',
    pattern: `(?:调解)?成功率${LINK}${N}${PCT}`,
    examples: [
      { text: '调解成功368件，成功率为95%', value: 95 },
      { text: '调处矛盾纠纷3508宗，调解成功率98%', value: 98 },
      { text: '现场调解案件396宗，成功率超过92%', value: 92 },
      { text: '招商引资项目签约成功率90%', value: null },
    ],
  },
  {
    id: 'mediation.disputes.verb', indicator: 'mediation.disputes',
    pattern: `(?:排查调处|调处|调解)(?:各类|各种)?(?:矛盾)?纠纷(?:案件)?${LINK}${N}${U('件|宗|起')}`,
    examples: [
      { text: '全区各级调解组织共排查调处各类矛盾纠纷388件', value: 388 },
      { text: '共调解各类矛盾纠纷4066宗', value: 4066 },
      { text: '调解纠纷15997件', value: 15997 },
      { text: '共排查纠纷7092次', value: null },
    ],
  },
  {
    id: 'mediation.disputes.resolve', indicator: 'mediation.disputes', requires: '调解|调处',
    pattern: `(?:排查化解|化解)(?:各类|各种)?矛盾纠纷${LINK}${N}${U('件|宗|起')}`,
    examples: [
      { text: '全县各级人民调解组织共排查化解矛盾纠纷5632件', value: 5632 },
      { text: '法院诉讼服务中心化解矛盾纠纷320件', value: null },
    ],
  },
  {
    id: 'mediation.disputes.received', indicator: 'mediation.disputes', requires: '调解|调委会',
    pattern: `(?:受理|接收|排查)(?:各类|各种)?矛盾纠纷${LINK}${N}${U('件|宗|起')}`,
    examples: [
      { text: '人民调解组织受理矛盾纠纷2130件，调解成功2098件', value: 2130 },
      { text: '综治中心受理矛盾纠纷2130件', value: null },
    ],
  },
  {
    id: 'mediation.disputes.cases', indicator: 'mediation.disputes',
    pattern: `调解(?:各类)?案件(?:数)?${LINK}${N}${U('件|宗|起')}`,
    examples: [
      { text: '调解案件数为4033件，其中行政争议91件', value: 4033 },
      { text: '现场调解案件396宗', value: 396 },
      { text: '调解员共446名', value: null },
    ],
  },
  {
    id: 'mediation.organizations.noun', indicator: 'mediation.organizations',
    pattern: `(?:人民调解(?:组织|委员会)|调解组织|调解委员会|调委会)${LINK}${N}${U('个|家')}`,
    examples: [
      { text: '我区现有各级各类人民调解组织281个', value: 281 },
      { text: '全区建立各级人民调解委员会164个', value: 164 },
      { text: '派驻调解室100个', value: null },
      { text: '全县共有各类调解组织352个', value: 352 },
    ],
  },
  {
    id: 'mediation.organizations.numfirst', indicator: 'mediation.organizations',
    pattern: `(?:建立|建成|设立|组建|现有)${N}${U('个|家')}(?:各级|各类)*人民调解(?:组织|委员会)`,
    examples: [{ text: '全县建立64个人民调解委员会', value: 64 }],
  },
  // ── administrative reconsideration ───────────────────────────────────────────
  {
    id: 'reconsideration.closed.numfirst', indicator: 'reconsideration.closed',
    pattern: `(?:审结|办结)${N}${U('件|宗')}(?:行政)?复议(?:案件|申请)`,
    examples: [{ text: '2019年，已审结64宗行政复议案件', value: 64 }],
  },
  {
    id: 'reconsideration.closed.noun', indicator: 'reconsideration.closed',
    pattern: `(?:审结|办结)${G(4)}(?:行政)?复议(?:案件|申请)${LINK}${N}${CASES}`,
    examples: [{ text: '全年共审结行政复议申请135件', value: 135 }],
  },
  {
    id: 'reconsideration.received.verb', indicator: 'reconsideration.received',
    pattern: `(?:收到|受理|新收|接收|办理|收案|立案)${G(6)}(?:行政)?复议(?:申请|案件)${LINK}${N}${CASES}`,
    examples: [
      { text: '市级共收到行政复议申请176件', value: 176 },
      { text: '2022年办理行政复议案件214件', value: 214 },
      { text: '2024年新受理行政复议案件151件', value: 151 },
      { text: '因政府信息公开产生行政复议7件', value: null },
    ],
  },
  {
    id: 'reconsideration.closed.topic', indicator: 'reconsideration.closed', topic: 'reconsideration',
    pattern: `(?:审结|办结|结案)(?:案件)?${LINK}${N}${CASES}`,
    examples: [
      { text: '市级共收到行政复议申请176件，其中受理并审结120件', value: 120 },
      { text: '受理行政诉讼案件18件，已审结15件', value: null },
      { text: '全年受理行政复议申请20件。办结法律援助案件96件', value: null },
    ],
  },
  {
    id: 'reconsideration.corrected', indicator: 'reconsideration.corrected', topic: 'reconsideration',
    pattern: `(?:撤改|纠错|撤销|变更|确认违法)(?:复议)?(?:决定|案件)?(?:\\([^)]{0,20}\\))?${N}${CASES}`,
    examples: [
      { text: '审结64宗行政复议案件，其中作出撤改复议决定9宗', value: 9 },
      { text: '审结行政复议申请135件，其中纠错(含撤销、确认违法)29件', value: 29 },
      { text: '通过行政复议纠错、调解撤回等手段避免近50件高败诉风险案件', value: null },
    ],
  },
  {
    id: 'reconsideration.correction_rate', indicator: 'reconsideration.correction_rate', topic: 'reconsideration',
    pattern: `(?:直接|综合)?纠错率${LINK}${N}${PCT}`,
    examples: [
      { text: '复议决定9宗，直接纠错率14.1%', value: 14.1 },
      { text: '行政复议纠错率约19.2%', value: 19.2 },
    ],
  },
  // ── administrative litigation ────────────────────────────────────────────────
  {
    id: 'litigation.cases_closed.verb', indicator: 'litigation.cases_closed',
    pattern: `(?:审结|结案|办结)${G(6)}行政(?:诉讼|应诉)案件${LINK}${N}${CASES}`,
    examples: [{ text: '全市法院审结一审行政诉讼案件1584件', value: 1584 }],
  },
  {
    id: 'litigation.cases_closed.noun', indicator: 'litigation.cases_closed',
    pattern: `行政诉讼(?:案件)?(?:审结|结案|办结)${N}${CASES}`,
    examples: [{ text: '2022年我县行政诉讼结案521件', value: 521 }],
  },
  {
    id: 'litigation.cases_received.verb', indicator: 'litigation.cases_received',
    pattern: `(?:受理|收案|新收|收到|发生|办理|立案)${G(10)}行政(?:诉讼|应诉)案件${LINK}${N}${CASES}`,
    examples: [
      { text: '今年，利通区法院受理行政诉讼案件18件', value: 18 },
      { text: '新收一审行政诉讼案件3362件', value: 3362 },
      { text: '全市法院共受理以市政府为被告的行政诉讼案件45件', value: 45 },
      { text: '未发生行政诉讼案件', value: null },
    ],
  },
  {
    id: 'litigation.cases_received.noun', indicator: 'litigation.cases_received',
    pattern: `行政诉讼(?:案件)?(?:收案|受理|立案)${N}${CASES}`,
    examples: [{ text: '全县行政诉讼收案97件', value: 97 }],
  },
  {
    id: 'litigation.cases_received.bare', indicator: 'litigation.cases_received', notBefore: '审结|结案|办结|败诉|胜诉|撤诉|调解|化解',
    pattern: `行政(?:诉讼|应诉)案件${LINK}${N}${CASES}`,
    examples: [
      { text: '2019年，以县政府为被告的行政诉讼案件共56件', value: 56 },
      { text: '协调化解行政诉讼案件12件', value: null },
    ],
  },
  {
    id: 'litigation.cases_closed.topic', indicator: 'litigation.cases_closed', topic: 'litigation',
    pattern: `(?:审结|结案|办结)${N}${CASES}`,
    examples: [{ text: '受理行政诉讼案件18件，已审结15件', value: 15 }],
  },
  {
    id: 'litigation.head_appearance_rate', indicator: 'litigation.head_appearance_rate',
    pattern: `出庭(?:应诉)?率${LINK}${N}${PCT}`,
    examples: [
      { text: '落实行政机关负责人出庭应诉制度，实现出庭应诉率100%', value: 100 },
      { text: '各级行政机关负责人出庭应诉率均为100%', value: 100 },
    ],
  },
  // ── petitions ────────────────────────────────────────────────────────────────
  {
    id: 'petitions.cases.noun', indicator: 'petitions.cases',
    pattern: `(?:来信来访|信访事项|信访件|信访案件|信访积案|群众来信|群众来访|来访|信访)${LINK}${N}${U('件次|件|批次|批')}`,
    examples: [
      { text: '今年以来，受理群众来信来访236批892人次', value: 236 },
      { text: '依法依规办理群众信访事项2300件次', value: 2300 },
      { text: '接待群众来访128批356人次', value: 128 },
      { text: '受理群众来电来访咨询6578次', value: null },
    ],
  },
  {
    id: 'petitions.cases.numfirst', indicator: 'petitions.cases',
    pattern: `${N}${U('件次|件|批次|批')}(?:重复)?(?:信访事项|信访积案|信访案件|信访件)`,
    examples: [{ text: '中央联席办交办108件重复信访事项', value: 108 }],
  },
  {
    id: 'petitions.persons', indicator: 'petitions.persons',
    pattern: `(?:来信来访|来访|信访|上访)${G(10)}${N}${U('人次')}`,
    examples: [
      { text: '受理群众来信来访236批892人次', value: 892 },
      { text: '参加培训人员约400人次', value: null },
    ],
  },
  // ── arbitration ──────────────────────────────────────────────────────────────
  {
    id: 'arbitration.cases.noun', indicator: 'arbitration.cases', topic: 'arbitration', topicInParagraph: true, notBefore: LABOUR,
    pattern: `(?:受理|收案|立案|办理)?${G(8)}(?:仲裁|民商事)案件${LINK}${N}${CASES}`,
    examples: [
      { text: '完成绍兴仲裁委员会换届。全年共受理各类民商事案件865件', value: 865 },
      { text: '法院全年受理民商事案件865件', value: null },
      { text: '市仲裁委受理劳动人事争议仲裁案件1236件', value: null },
    ],
  },
  {
    id: 'arbitration.amount_cny', indicator: 'arbitration.amount_cny', topic: 'arbitration', topicInParagraph: true, notBefore: LABOUR,
    pattern: `标的(?:额|金额|总额)${LINK}${N}${U('元')}`,
    examples: [{ text: '仲裁委受理案件865件，涉案争议标的额15.46亿元', value: 1546000000 }],
  },
];
