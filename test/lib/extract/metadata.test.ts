import { describe, expect, it } from 'vitest';
import { detectMetadata } from '../../../src/lib/extract/metadata.ts';
import type { DocMeta } from '../../../src/lib/tables/types.ts';

/** Table-driven checks on short synthetic openings (title lines, dates, furniture, scripts). */

const BODY = '\n\n  2019年,我区坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,加快建设法治政府,取得明显成效。\n';

type Case = [label: string, text: string, expected: Partial<DocMeta>];

describe('published date formats', () => {
  it.each<Case>([
    ['ISO', '广州市花都区2019年法治政府建设情况报告\n发布日期:2020-04-01 10:29 来源:花都区' + BODY, { published: '2020-04-01' }],
    ['Chinese', '广州市花都区2019年法治政府建设情况报告\n发布时间:2020年4月1日' + BODY, { published: '2020-04-01' }],
    ['slashes', '广州市花都区2019年法治政府建设情况报告\n更新时间:2020/04/01 11:30:01' + BODY, { published: '2020-04-01' }],
    ['full-width', '广州市花都区2019年法治政府建设情况报告\n发布日期：２０２０－０４－０１' + BODY, { published: '2020-04-01' }],
    ['bare 时间 label', '时间:2016-03-05 00:00 大 中 小\n2015年兴县人民政府信息公开年度报告' + BODY, { published: '2016-03-05' }],
    [
      '发布 beats 成文',
      '成文日期: 2020-05-21\n发布日期: 2020-05-26\n广州市花都区2019年法治政府建设情况报告' + BODY,
      { published: '2020-05-26' },
    ],
    ['today is furniture', '今天是:2019年10月31日 星期三\n2020年静海区法治政府建设情况报告' + BODY, { published: null }],
    ['impossible date', '广州市花都区2019年法治政府建设情况报告\n发布日期:2020-02-30' + BODY, { published: null }],
    ['no label', '广州市花都区2019年法治政府建设情况报告' + BODY + '\n2020年3月1日\n', { published: null }],
  ])('%s', (_label, text, want) => {
    expect(detectMetadata(text)).toMatchObject(want);
  });
});

describe('title line among page furniture', () => {
  it.each<Case>([
    [
      'menus, breadcrumbs, font switch',
      '首页\n>专题专栏>法制建设\n打印本页 字体:大 中 小\n工作报告\n您所在的位置:政务公开 > 工作报告\n绍兴市2019年度法治政府建设情况报告\n发布日期:2020-02-24' + BODY,
      { title: '绍兴市2019年度法治政府建设情况报告', jurisdiction: '绍兴市', admin_level: 'prefecture' },
    ],
    [
      'ASCII furniture and odd whitespace',
      'headerBg\n\u3000\u3000广州市花都区2019年法治政府建设情况报告\u00a0\n' + BODY,
      { title: '广州市花都区2019年法治政府建设情况报告' },
    ],
    [
      'issuing notice → the issued document',
      '关于印发《株洲市2021年法治政府建设工作要点》的通知\n发布时间:2021-03-02\n各区县人民政府:\n现将《株洲市2021年法治政府建设工作要点》印发给你们。',
      { title: '株洲市2021年法治政府建设工作要点', doc_type: 'work_plan', report_year: 2021, jurisdiction: '株洲市' },
    ],
    [
      'issuing notice with a fuller name in the body',
      '广州市南沙区人民政府办公室关于印发 南沙区2020年依法行政工作要点的通知\n发布日期: 2020-05-26\n《广州市南沙区2020年依法行政工作要点》已经区政府会议同意。',
      { title: '广州市南沙区2020年依法行政工作要点', jurisdiction: '南沙区', parent: '广州市' },
    ],
    [
      'news title above its date row',
      '网站首页\n您当前的位置:首页 >>要闻动态\n我市调解工作再获荣誉\n发布日期: 2021-01-18 浏览次数: 来源:融媒体中心\n近日,溧阳市司法局获得表彰。2020年,溧阳全市调解纠纷1000件。溧阳',
      { title: '我市调解工作再获荣誉', doc_type: 'other', jurisdiction: '溧阳市', parent: '常州市', report_year: 2020 },
    ],
    ['headings and prose are not titles', '一、总体情况\n(一)主动公开\n一是组织保障情况\n', { title: null }],
  ])('%s', (_label, text, want) => {
    expect(detectMetadata(text)).toMatchObject(want);
  });
});

describe('Traditional characters', () => {
  it('reads a Traditional page like a Simplified one, keeping the title as written', () => {
    const text = '廣州市花都區2019年法治政府建設情況報告\n發佈日期:2020-04-01\n\n2019年,我區堅持依法行政。';
    expect(detectMetadata(text)).toEqual({
      title: '廣州市花都區2019年法治政府建設情況報告',
      jurisdiction: '花都区',
      parent: '广州市',
      province: '广东省',
      admin_level: 'county',
      doc_type: 'annual_report',
      report_year: 2019,
      published: '2020-04-01',
    });
  });
});

describe('jurisdiction, level, parent and province', () => {
  it.each<Case>([
    ['department', '深圳市龙华区司法局2020年法治政府建设工作报告' + BODY,
      { jurisdiction: '龙华区司法局', parent: '龙华区', province: '广东省', admin_level: 'department' }],
    ['zone named by its city', '淄博高新区关于2022年度法治政府建设工作的报告' + BODY,
      { jurisdiction: '淄博高新区', parent: '淄博市', province: '山东省', admin_level: 'zone' }],
    ['municipality is a province', '2022年重庆市法治政府建设情况报告' + BODY,
      { jurisdiction: '重庆市', parent: null, province: '重庆市', admin_level: 'province' }],
    ['municipal district', '2020年静海区法治政府建设情况报告' + BODY,
      { jurisdiction: '静海区', parent: '天津市', province: '天津市', admin_level: 'county' }],
    ['autonomous region', '宁夏回族自治区2021年法治政府建设情况报告' + BODY,
      { jurisdiction: '宁夏回族自治区', parent: null, province: '宁夏回族自治区', admin_level: 'province' }],
    ['ambiguous county left unresolved', '朝阳区2021年法治政府建设情况报告' + BODY,
      { jurisdiction: '朝阳区', parent: null, province: null, admin_level: 'county' }],
    ['ambiguous county resolved by the text', '朝阳区2021年法治政府建设情况报告\n\n2021年,朝阳区在北京市委、北京市政府领导下依法行政。',
      { jurisdiction: '朝阳区', parent: '北京市', province: '北京市' }],
    ['county abolished since', '株洲县深入推进法治政府建设实施方案\n发布时间:2017-03-22\n中共株洲县委 株洲县人民政府',
      { jurisdiction: '株洲县', parent: '株洲市', province: '湖南省', admin_level: 'county', doc_type: 'work_plan', report_year: 2017 }],
    ['publisher field when the title names no place', '标题 2022年完成情况\n发布机构 临沂市政府办公室 发布日期 2022-12-29\n2022年完成情况\n\n一、基本情况',
      { jurisdiction: '临沂市', admin_level: 'prefecture', province: '山东省', published: '2022-12-29' }],
    ['a bureau writing about itself', '2022年,永嘉县司法局在县委、县政府的正确领导下依法行政。现将我局2022年法治政府建设工作报告如下:',
      { jurisdiction: '永嘉县司法局', parent: '永嘉县', province: '浙江省', admin_level: 'department',
        title: '永嘉县司法局2022年法治政府建设工作报告', doc_type: 'annual_report', report_year: 2022 }],
    ['no place anywhere', '2020年,我局在市司法局的正确指导下推进法治政府建设工作,成效明显,群众满意度持续提升。',
      { jurisdiction: null, parent: null, province: null, admin_level: null, title: null, doc_type: 'annual_report', report_year: 2020 }],
  ])('%s', (_label, text, want) => {
    expect(detectMetadata(text)).toMatchObject(want);
  });
});

describe('document type and year covered', () => {
  it.each<Case>([
    ['情况报告', '绍兴市2019年度法治政府建设情况报告' + BODY, { doc_type: 'annual_report', report_year: 2019 }],
    ['关于…的报告', '甘肃省人民政府关于2023年度法治政府建设情况的报告' + BODY, { doc_type: 'annual_report', report_year: 2023 }],
    ['工作安排', '巴中市人民政府2017年度法治政府建设工作安排' + BODY, { doc_type: 'work_plan', report_year: 2017 }],
    ['总结与计划 is other', '深圳市龙华区司法局2018年工作总结与2019年工作计划' + BODY, { doc_type: 'other', report_year: 2018 }],
    ['信息公开年度报告 is other', '2022年上海市政府信息公开工作年度报告' + BODY, { doc_type: 'other', report_year: 2022 }],
    ['year from the signing date', '利通区法治政府建设工作报告\n时间: 2017-07-27\n吴忠市利通区人民政府\n(2016年12月27日)\n\n2015年以来,我区认真贯彻落实法治政府建设实施方案,全面推进依法行政,取得了明显成效。',
      { report_year: 2016, published: '2017-07-27', parent: '吴忠市', province: '宁夏回族自治区' }],
    ['year from the publication date', '利通区法治政府建设工作报告\n时间: 2017-03-27\n\n我区认真贯彻落实法治政府建设实施方案,全面推进依法行政,取得了明显成效。',
      { report_year: 2016 }],
    ['empty text', '', { title: null, jurisdiction: null, doc_type: 'other', report_year: null, published: null }],
  ])('%s', (_label, text, want) => {
    expect(detectMetadata(text)).toMatchObject(want);
  });
});
