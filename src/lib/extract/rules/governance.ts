import { G, GX, LINK, N, U } from '../patterns.ts';
import type { Rule } from '../rules.ts';
import { LIST_CHANGE, PCT } from './shared.ts';

/** Extraction rules for the governance indicators (see rules.ts for the rule format; order matters). */
export const GOVERNANCE_RULES: readonly Rule[] = [
  // ── rules (normative documents, contracts, legislation) ──────────────────────
  {
    id: 'normative_docs.filed.noun', indicator: 'normative_docs.filed',
    pattern: `(?:报备|报送备案|备案审查|备案登记|报送)(?:的)?(?:行政)?(?:规范性)?文件${LINK}${N}${U('件|份')}`,
    examples: [
      { text: '全年共审核市级部门和各区、县(市)报备的规范性文件206件', value: 206 },
      { text: '人大常委会报送备案的文件229件', value: 229 },
    ],
  },
  {
    id: 'normative_docs.filed.after', indicator: 'normative_docs.filed',
    pattern: `规范性文件备案(?:审查)?${LINK}${N}${U('件|份')}`,
    examples: [{ text: '完成规范性文件备案审查45件', value: 45 }],
  },
  {
    id: 'normative_docs.reviewed.numfirst', indicator: 'normative_docs.reviewed',
    pattern: `(?:前置审查|合法性审查|合法性审核|审核|审查)(?:了)?${N}${U('件次|件|份')}(?:行政)?(?:规范性文件|政策文件)`,
    examples: [{ text: '2019年，区司法局前置审查19件规范性文件', value: 19 }],
  },
  {
    id: 'normative_docs.reviewed.noun', indicator: 'normative_docs.reviewed',
    pattern: `(?:前置审查|合法性审查|合法性审核|审核|审查)${GX(8, '报备|备案|清理')}(?:行政)?(?:规范性文件|政策文件)${LINK}${N}${U('件次|件|份')}`,
    examples: [
      { text: '全年共审核市政府政策文件95件、合同18件', value: 95 },
      { text: '其中审查规范性文件26件次', value: 26 },
      { text: '审核市级部门和各区、县(市)报备的规范性文件206件', value: null },
    ],
  },
  {
    id: 'normative_docs.issued.noun', indicator: 'normative_docs.issued',
    pattern: `(?:制定|制发|出台|印发|发布|公开)${GX(30, '审|备案|清理')}(?:行政)?规范性文件${LINK}${N}${U('件|个|份')}`,
    examples: [
      { text: '2015年，区政府共制定并发布包括《利通区政府投资项目管理暂行办法》等规范性文件3件', value: 3 },
      { text: '主动公开市政府和市政府办公厅行政规范性文件42件', value: 42 },
    ],
  },
  {
    id: 'normative_docs.issued.numfirst', indicator: 'normative_docs.issued',
    pattern: `(?:制定|制发|出台|印发|发布)(?:了)?${N}${U('件|个|份')}(?:行政)?规范性文件`,
    examples: [{ text: '全年印发12件规范性文件', value: 12 }],
  },
  {
    id: 'normative_docs.cleaned_up.numfirst', indicator: 'normative_docs.cleaned_up',
    pattern: `对${G(16)}${N}${U('件|份|部')}${G(8)}文件(?:进行|开展)${G(6)}清理`,
    examples: [
      { text: '组织开展市政府规范性文件全面清理工作，对341件有效文件进行了集中清理', value: 341 },
      { text: '对现行有效的216件规范性文件进行全面清理，废止18件', value: 216 },
      { text: '对县政府2010年以来制发的168件规范性文件进行了全面清理', value: 168 },
    ],
  },
  {
    id: 'normative_docs.cleaned_up.noun', indicator: 'normative_docs.cleaned_up',
    pattern: `清理${G(10)}(?:规范性)?文件${LINK}${N}${U('件|份|部')}`,
    examples: [
      { text: '共清理规范性文件156件', value: 156 },
      { text: '公布区政府规范性文件清理结果的决定，保留10份', value: null },
    ],
  },
  {
    id: 'contracts.reviewed', indicator: 'contracts.reviewed',
    pattern: `(?:审核|审查)${G(20)}(?:合同|协议)${LINK}${N}${U('件次|份|件')}`,
    examples: [
      { text: '2019年共办理各类政府法律事务641件，审核各类协议81份', value: 81 },
      { text: '全年共审核市政府政策文件95件、合同18件', value: 18 },
      { text: '签订了《政府法律顾问聘请合同书》', value: null },
    ],
  },
  {
    id: 'legislation.projects', indicator: 'legislation.projects',
    pattern: `(?:立法|法规|规章)(?:计划)?(?:项目|草案)${LINK}${N}${U('件|个|项|部')}`,
    examples: [{ text: '安排《绍兴市村庄规划建设管理条例》等各类法规项目13件', value: 13 }],
  },
  // ── decisions ────────────────────────────────────────────────────────────────
  {
    id: 'major_decisions.count.numfirst', indicator: 'major_decisions.count',
    pattern: `${N}${U('个|项')}${G(8)}重大(?:行政)?决策(?:事项)?`,
    examples: [
      { text: '确定7个市政府重大决策事项', value: 7 },
      { text: '明确2020年度区政府5个重大行政决策', value: 5 },
      { text: '制订了《重大行政决策公众参与制度》6项配套制度', value: null },
    ],
  },
  {
    id: 'major_decisions.count.noun', indicator: 'major_decisions.count',
    pattern: `重大(?:行政)?决策事项${LINK}${N}${U('个|项|件')}`,
    examples: [{ text: '纳入目录的重大行政决策事项共9项', value: 9 }],
  },
  {
    id: 'legal_advisors.count.lawyers', indicator: 'legal_advisors.count',
    pattern: `${N}${U('名|位')}律师${G(6)}担任${G(10)}法律顾问`,
    examples: [
      { text: '宁夏清瞳律师事务所指派3名律师担任区政府常年法律顾问', value: 3 },
      { text: '10名律师担任市政府新一届法律顾问', value: 10 },
    ],
  },
  {
    id: 'legal_advisors.count.engaged', indicator: 'legal_advisors.count',
    pattern: `(?:聘请|聘任|外聘|选聘|政府)${G(6)}法律顾问${LINK}${N}${U('名|人|位')}`,
    examples: [
      { text: '区政府聘请兼职法律顾问12人', value: 12 },
      { text: '全区53个单位外聘法律顾问', value: null },
    ],
  },
  {
    id: 'legal_advisors.opinions', indicator: 'legal_advisors.opinions',
    pattern: `(?:法律审查|法律|合法性审查)意见(?:书)?${LINK}${N}${U('份|条|件')}`,
    examples: [
      { text: '今年以来，法律顾问团提交法律审查意见12份', value: 12 },
      { text: '前置审查19件规范性文件，并提出合法性审查意见', value: null },
    ],
  },
  {
    id: 'public_lawyers.count.noun', indicator: 'public_lawyers.count',
    pattern: `公职律师${LINK}${N}${U('人|名')}`,
    examples: [{ text: '全区现有公职律师47人', value: 47 }],
  },
  {
    id: 'public_lawyers.count.headcount', indicator: 'public_lawyers.count',
    pattern: `公职律师${G(6)}[,，]人数${LINK}${N}${U('人|名')}`,
    examples: [{ text: '19个单位设立公职律师，人数达45人', value: 45 }],
  },
  // ── functions ────────────────────────────────────────────────────────────────
  {
    id: 'power_list.items.noun', indicator: 'power_list.items', notBefore: LIST_CHANGE,
    pattern: `(?:行政权力事项|权力事项|行政职权事项|行政职权|权责清单事项|权责事项)${LINK}${N}${U('项|条|个')}`,
    examples: [
      { text: '清理编制区级行政权力事项1153项', value: 1153 },
      { text: '明确全区行政职权5737项', value: 5737 },
      { text: '承接省市下放行政权力事项86项', value: null },
      { text: '修订完善权责清单，共梳理权责事项4582项', value: 4582 },
    ],
  },
  {
    id: 'power_list.items.numfirst', indicator: 'power_list.items', notBefore: LIST_CHANGE,
    pattern: `${N}${U('项')}行政(?:权力|职权)`,
    examples: [{ text: '对区本级政府部门保留的1153项行政权力', value: 1153 }],
  },
  {
    id: 'licensing.items', indicator: 'licensing.items', notBefore: LIST_CHANGE,
    pattern: `行政许可(?:事项)?${LINK}${N}${U('项|个|类')}`,
    examples: [
      { text: '其中保留行政许可事项177项', value: 177 },
      { text: '行政权力事项1153项。其中，行政许可45项；行政处罚534项', value: 45 },
      { text: '受理行政许可申请200件', value: null },
      { text: '取消行政许可事项12项', value: null },
      { text: '取消和下放行政许可事项12项', value: null },
      { text: '机构改革调整后保留行政许可事项186项', value: 186 },
    ],
  },
  // ── enforcement ──────────────────────────────────────────────────────────────
  {
    id: 'enforcement.officers_examined.officers', indicator: 'enforcement.officers_examined',
    pattern: `${N}${U('名|人')}(?:行政)?执法人员(?:参加|参与|参考)`,
    examples: [{ text: '共有13个部门的42名执法人员参加', value: 42 }],
  },
  {
    id: 'enforcement.officers_examined.organised', indicator: 'enforcement.officers_examined',
    pattern: `组织${N}${U('名|人')}参加${G(30)}考试`,
    examples: [
      { text: '组织547人参加专业法律知识和公共法律知识的学习培训和考试', value: 547 },
      { text: '860余处级干部参加学习', value: null },
    ],
  },
  {
    id: 'enforcement.officers_examined.officers_after', indicator: 'enforcement.officers_examined',
    pattern: `执法人员${LINK}${N}${U('名|人')}参加${G(16)}(?:考试|培训)`,
    examples: [{ text: '组织全市行政执法人员1200名参加执法资格考试', value: 1200 }],
  },
  {
    id: 'enforcement.officers_examined.exam', indicator: 'enforcement.officers_examined', requires: '执法',
    pattern: `参加${G(16)}考试(?:的)?(?:人员|人数)?${LINK}${N}${U('名|人')}`,
    examples: [
      { text: '全市行政执法人员参加执法资格考试的共1200人', value: 1200 },
      { text: '领导干部参加任前法律知识考试的共86人', value: null },
    ],
  },
  {
    id: 'enforcement.officers_examined.candidates', indicator: 'enforcement.officers_examined', paragraphRequires: '执法',
    pattern: `参考(?:人员|人数)${LINK}${N}${U('名|人')}`,
    examples: [
      { text: '全年组织执法人员培训考试2次，参考人员1523人，合格1480人', value: 1523 },
      { text: '组织领导干部学法考试，参考人员320人', value: null },
    ],
  },
  {
    id: 'enforcement.exam_pass_rate', indicator: 'enforcement.exam_pass_rate', requires: '考试|考核', paragraphRequires: '执法',
    pattern: `(?:考试)?(?:通过率|合格率)${LINK}${N}${PCT}`,
    examples: [
      { text: '42名执法人员参加，考试通过率100%', value: 100 },
      { text: '开展行政执法案卷评查，案卷合格率98%', value: null },
      { text: '组织全县领导干部参加学法考试，参考率100%，合格率100%', value: null },
    ],
  },
  // ── capacity ─────────────────────────────────────────────────────────────────
  {
    id: 'legal_publicity.events.activities', indicator: 'legal_publicity.events',
    pattern: `(?:宣传|普法|法治|法制|法律)${G(12)}活动${LINK}${N}${U('场次|场|次')}`,
    examples: [
      { text: '在社区中组织开展各类法治文艺巡演活动85场次', value: 85 },
      { text: '组织开展“法律六进”宣传活动近1000场次', value: 1000 },
      { text: '全区各镇街开展法律进乡村活动1200余场', value: 1200 },
      { text: '举办191场市政府新闻发布活动', value: null },
    ],
  },
  {
    id: 'legal_publicity.events.lectures', indicator: 'legal_publicity.events', requires: '普法|法治|法制',
    pattern: `(?:讲课|讲座|宣讲|演出|巡演)${LINK}${N}${U('场次|场|次')}`,
    examples: [
      { text: '普法讲师团讲课近200场次', value: 200 },
      { text: '组织法治文艺演出36场次', value: 36 },
      { text: '组织文艺演出36场次', value: null },
    ],
  },
];
