/** Labels of the export menu and the embed dialog (zh + en). */
import type { Lang } from '../url/state.ts';

const zh = {
  menuLabel: '导出',
  png: 'PNG',
  svg: 'SVG',
  csv: 'CSV',
  pngLabel: '下载图表为 PNG 图片',
  svgLabel: '下载图表为 SVG 矢量图',
  csvLabel: '下载图表数据为 CSV 表格',
  noChart: '没有可导出的图表',
  noRows: '没有可导出的数据',
  exporting: '正在导出…',
  failed: '导出失败：{message}',
  embed: '嵌入',
  embedLabel: '获取在其他网页中嵌入此视图的代码',
  embedTitle: '嵌入此视图',
  embedIntro: '将以下代码粘贴到网页的 HTML 中：',
  embedUnavailable: '当前网址无法嵌入（仅支持 http/https）。',
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法自动复制，请手动选择代码复制。',
  close: '关闭',
} as const;

type Labels = { readonly [K in keyof typeof zh]: string };

const en = {
  menuLabel: 'Export',
  png: 'PNG',
  svg: 'SVG',
  csv: 'CSV',
  pngLabel: 'Download the chart as a PNG image',
  svgLabel: 'Download the chart as an SVG vector image',
  csvLabel: 'Download the chart data as a CSV table',
  noChart: 'No chart to export',
  noRows: 'No data to export',
  exporting: 'Exporting…',
  failed: 'Export failed: {message}',
  embed: 'Embed',
  embedLabel: 'Get code to embed this view in another page',
  embedTitle: 'Embed this view',
  embedIntro: 'Paste this code into the HTML of your page:',
  embedUnavailable: 'This address cannot be embedded (http/https only).',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically; select the code and copy it.',
  close: 'Close',
} as const satisfies Labels;

export type ExportLabel = keyof typeof zh;
const LABELS: { readonly zh: Labels; readonly en: Labels } = { zh, en };

export function exportLabel(lang: Lang, key: ExportLabel, params: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}
