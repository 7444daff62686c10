/** Labels of the Document view (zh + en). A key missing in one language is a compile error. */
import type { DocStatus, DocType } from '../tables/types.ts';
import type { Lang } from '../url/state.ts';

const zh = {
  pickerTitle: '报告原文',
  pickerIntro: '选择一份报告，查看原文及从中提取的每个数值。',
  pickerEmpty: '没有已载入的报告。',
  colFile: '文件',
  colTitle: '标题',
  colJurisdiction: '地区',
  colYear: '年份',
  colStatus: '状态',
  colFacts: '数值',
  loading: '正在加载原文…',
  notFound: '未找到该报告：{doc}',
  backToList: '返回报告列表',
  metaTitle: '标题',
  metaJurisdiction: '地区',
  metaYear: '报告年份',
  metaPublished: '发布日期',
  metaDocType: '文件类型',
  metaStatus: '状态',
  metaEncoding: '编码',
  metaFacts: '提取数值',
  metaMessage: '说明',
  unknown: '未知',
  factsTitle: '提取的数值（{n}）',
  factsEmpty: '未从该报告中提取到数值。',
  factNotFound: '网址中的数值 {fact} 不在本报告中。',
  textTitle: '原文',
  textEmpty: '该报告没有可显示的文字。',
  roleHeadline: '主要数值',
  roleDetail: '细项',
  failedCheck: '未通过一致性检查：{message}',
  showInText: '在原文中定位',
  openIndicator: '打开指标“{indicator}”',
  valueMark: '{indicator}：{value}',
  skippedFacts: '{n} 个数值的位置无效，未在原文中标出。',
  legendEvidence: '证据句',
  legendValue: '数值',
  legendFocused: '当前选中',
  docTypeAnnual: '年度报告',
  docTypeWorkPlan: '工作计划',
  docTypeOther: '其他',
  statusOk: '正常',
  statusEmpty: '空文件',
  statusUnreadable: '无法读取',
  statusDuplicate: '重复',
  statusNoFacts: '无数值',
} as const;

type Labels = { readonly [K in keyof typeof zh]: string };

const en = {
  pickerTitle: 'Source reports',
  pickerIntro: 'Choose a report to read its text and every figure extracted from it.',
  pickerEmpty: 'No reports are loaded.',
  colFile: 'File',
  colTitle: 'Title',
  colJurisdiction: 'Jurisdiction',
  colYear: 'Year',
  colStatus: 'Status',
  colFacts: 'Figures',
  loading: 'Loading the report text…',
  notFound: 'Report not found: {doc}',
  backToList: 'Back to the list of reports',
  metaTitle: 'Title',
  metaJurisdiction: 'Jurisdiction',
  metaYear: 'Year covered',
  metaPublished: 'Published',
  metaDocType: 'Document type',
  metaStatus: 'Status',
  metaEncoding: 'Encoding',
  metaFacts: 'Figures extracted',
  metaMessage: 'Note',
  unknown: 'unknown',
  factsTitle: 'Extracted figures ({n})',
  factsEmpty: 'No figures were extracted from this report.',
  factNotFound: 'The figure {fact} in the URL is not in this report.',
  textTitle: 'Text',
  textEmpty: 'This report has no text to show.',
  roleHeadline: 'headline',
  roleDetail: 'detail',
  failedCheck: 'Failed a consistency check: {message}',
  showInText: 'Show in text',
  openIndicator: 'Open indicator “{indicator}”',
  valueMark: '{indicator}: {value}',
  skippedFacts: '{n} figures have invalid positions and are not marked in the text.',
  legendEvidence: 'evidence sentence',
  legendValue: 'figure',
  legendFocused: 'selected',
  docTypeAnnual: 'annual report',
  docTypeWorkPlan: 'work plan',
  docTypeOther: 'other',
  statusOk: 'ok',
  statusEmpty: 'empty',
  statusUnreadable: 'unreadable',
  statusDuplicate: 'duplicate',
  statusNoFacts: 'no figures',
} as const satisfies Labels;

export type DocumentLabel = keyof typeof zh;
const LABELS: { readonly zh: Labels; readonly en: Labels } = { zh, en };

/** A Document-view label with {placeholders} filled. */
export function docLabel(lang: Lang, key: DocumentLabel, params: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

const DOC_TYPE_KEYS: Record<DocType, DocumentLabel> = { annual_report: 'docTypeAnnual', work_plan: 'docTypeWorkPlan', other: 'docTypeOther' };
const STATUS_KEYS: Record<DocStatus, DocumentLabel> = {
  ok: 'statusOk', empty: 'statusEmpty', unreadable: 'statusUnreadable', duplicate: 'statusDuplicate', no_facts: 'statusNoFacts',
};

/** Label of a doc_type value; unknown values are shown as they are. */
export function docTypeLabel(docType: string | null, lang: Lang): string {
  if (!docType) return docLabel(lang, 'unknown');
  return Object.hasOwn(DOC_TYPE_KEYS, docType) ? docLabel(lang, DOC_TYPE_KEYS[docType as DocType]) : docType;
}

/** Label of a document status; unknown values are shown as they are. */
export function docStatusLabel(status: string, lang: Lang): string {
  return Object.hasOwn(STATUS_KEYS, status) ? docLabel(lang, STATUS_KEYS[status as DocStatus]) : status;
}
