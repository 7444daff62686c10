import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectMetadata } from '../../../src/lib/extract/metadata.ts';
import type { DocMeta } from '../../../src/lib/tables/types.ts';

/**
 * The same report written differently must give the same metadata: Traditional script,
 * Windows line ends, full-width digits and punctuation, ideographic spaces. Plus title
 * shapes seen on other sites than the sample's.
 */

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const fullWidth = (s: string): string => s.replace(/[0-9:,()\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const VARIANTS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['traditional', toTraditional],
  ['crlf', (s) => s.replace(/\n/g, '\r\n')],
  ['full-width', fullWidth],
  ['ideographic spaces', (s) => s.replace(/ /g, '\u3000')],
];

const withoutTitle = ({ title: _t, ...rest }: DocMeta): Omit<DocMeta, 'title'> => rest;

describe.skipIf(!existsSync(`${SHARED}corpus`))('metadata is stable across writing variants', () => {
  const files = [
    ...readdirSync(`${SHARED}corpus`).map((f) => `${SHARED}corpus/${f}`),
    ...readdirSync(`${SHARED}dev/corpus`).map((f) => `${SHARED}dev/corpus/${f}`),
  ].filter((f) => f.endsWith('.txt'));

  it.each(VARIANTS)('%s', (_name, transform) => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(withoutTitle(detectMetadata(transform(text))), file).toEqual(withoutTitle(detectMetadata(text)));
    }
  });
});

const BODY = '\n\n  2020年,我区坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,加快建设法治政府,取得明显成效。\n';

describe('title shapes from other sites', () => {
  it.each<[string, string, Partial<DocMeta>]>([
    ['issuer on its own line', '首页\n淄博高新区群众工作部\n关于2022年度法治政府建设工作的报告\n' + BODY,
      { title: '淄博高新区群众工作部关于2022年度法治政府建设工作的报告', jurisdiction: '淄博高新区', admin_level: 'zone' }],
    ['column header above the real title', '法治政府建设年度报告\n2020年花都区法治政府建设年度报告\n发布日期:2021-03-01' + BODY,
      { title: '2020年花都区法治政府建设年度报告', jurisdiction: '花都区', report_year: 2020 }],
    ['Chinese-numeral year', '广州市花都区二〇二〇年度法治政府建设情况报告' + BODY, { report_year: 2020, jurisdiction: '花都区' }],
    ['bare ISO stamp as the date', '广州市花都区2020年法治政府建设情况报告\n2021-03-01 10:29\n' + BODY, { published: '2021-03-01' }],
    ['short city name before the district', '深圳龙华区2020年法治政府建设情况报告' + BODY,
      { jurisdiction: '龙华区', parent: '深圳市', province: '广东省', admin_level: 'county' }],
    ['wrapped in 《》', '《广州市花都区2020年法治政府建设情况报告》' + BODY, { title: '广州市花都区2020年法治政府建设情况报告', jurisdiction: '花都区' }],
    ['joint party-government title', '中共绍兴市委 绍兴市人民政府关于2020年度法治政府建设情况的报告' + BODY,
      { jurisdiction: '绍兴市', admin_level: 'prefecture', doc_type: 'annual_report' }],
    ['province department', '浙江省司法厅2020年度法治政府建设工作报告' + BODY,
      { jurisdiction: '浙江省司法厅', parent: '浙江省', province: '浙江省', admin_level: 'department' }],
    ['township under a district', '广州市花都区新华街道2020年法治政府建设工作报告' + BODY,
      { jurisdiction: '新华街道', parent: '花都区', province: '广东省', admin_level: null }],
    ['township alone', '龙门镇2020年法治政府建设工作报告' + BODY,
      { jurisdiction: '龙门镇', parent: null, province: null, admin_level: null }],
    ['Issuing notice for a year-range plan', '关于印发《绍兴市法治政府建设实施方案(2021-2025年)》的通知\n发布日期:2021-08-10' + BODY,
      { title: '绍兴市法治政府建设实施方案(2021-2025年)', doc_type: 'work_plan', report_year: 2021 }],
  ])('%s', (_label, text, want) => {
    expect(detectMetadata(text)).toMatchObject(want);
  });
});

describe('issuing notices and title suffixes', () => {
  it.each<[string, string, Partial<DocMeta>]>([
    ['issued title without a place: the issuer names it', '溧阳市人民政府办公室关于印发2021年法治政府建设工作要点的通知\n发布日期:2021-03-02' + BODY,
      { title: '2021年法治政府建设工作要点', jurisdiction: '溧阳市', parent: '常州市', doc_type: 'work_plan', report_year: 2021 }],
    ['date row below a long body', '绍兴市2020年度法治政府建设情况报告' + BODY.repeat(70) + '\n发布时间:2021-02-03 来源:市司法局',
      { published: '2021-02-03' }],
    ['year from a signature at the end', '利通区法治政府建设工作报告' + '\n\n我区认真贯彻落实法治政府建设实施方案,全面推进依法行政。\n'.repeat(70) + '利通区人民政府\n2021年1月15日',
      { report_year: 2020, published: null }],
    ['trailing (全文)', '绍兴市2020年度法治政府建设情况报告(全文)' + BODY, { doc_type: 'annual_report', jurisdiction: '绍兴市' }],
    ['responsibility report is not the annual report', '绍兴市市长履行推进法治建设第一责任人职责情况的报告' + BODY, { doc_type: 'other' }],
  ])('%s', (_label, text, want) => {
    expect(detectMetadata(text)).toMatchObject(want);
  });
});
