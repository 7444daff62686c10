import { describe, expect, it } from 'vitest';
import { isPlanParagraph, looksLikeWorkPlan, planSectionStart } from '../../../src/lib/extract/plans.ts';

describe('looksLikeWorkPlan', () => {
  it.each([
    ['巴中市人民政府2017年度法治政府建设工作安排\n正文', true],
    ['关于印发《株洲县深入推进法治政府建设实施方案》的通知\n正文', true],
    ['广州市南沙区2020年依法行政工作要点\n正文', true],
    ['深圳市龙华区司法局2018年工作总结与2019年工作计划\n正文', false],
    ['广州市花都区2019年法治政府建设情况报告\n正文', false],
    ['当前位置：首页 > 政务公开 > 工作计划\n某县2021年法治政府建设情况报告\n正文', false],
    ['当前位置：首页 > 政务公开 > 工作计划\n正文', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeWorkPlan(text)).toBe(expected);
  });
});

describe('planSectionStart', () => {
  const body = '一、工作情况\n' + '依法行政工作稳步推进。'.repeat(20) + '\n';
  it.each([
    ['三、今后的工作打算', true],
    ['二、2020年工作计划', true],
    ['四、2023年度推进法治政府建设的主要安排', true],
    ['(三)下一步工作思路', true],
    ['二、存在的问题和不足', false],
    ['二、2019年推进法治政府建设的主要举措和成效', false],
  ])('%s → plan section: %s', (heading, isPlan) => {
    const text = `${body}${heading}\n将继续推进。`;
    expect(planSectionStart(text, 2019)).toBe(isPlan ? body.length : text.length);
  });

  it('finds an inline heading in a text flattened to one line', () => {
    const flat = body.replace(/\n/g, ' ');
    const text = `${flat} 四、2023年度推进法治政府建设的主要安排 (一)抓好落实。保持出庭应诉率100%。`;
    expect(planSectionStart(text, 2022)).toBe(flat.length + 1);
  });

  it('a numbered paragraph that merely mentions 工作要点 is not a plan section', () => {
    const text = `${body}2.明确工作要点。印发《2019年依法行政工作要点》，明确任务。`;
    expect(planSectionStart(text, 2019)).toBe(text.length);
  });

  it('ignores headings in the first fifth of the text (titles)', () => {
    const text = `一、今后的工作打算\n${body}`;
    expect(planSectionStart(text, 2019)).toBe(text.length);
  });
});

describe('isPlanParagraph', () => {
  it.each([
    ['2020年，我市将围绕贯彻落实纲要，重点做好以下工作', 2019, true],
    ['下一步，我区将继续推进法治政府建设', 2019, true],
    ['2019年，我市将法治政府建设纳入考核', 2019, false],
    ['2019年，全区共调解矛盾纠纷4066宗', 2019, false],
  ] as const)('%s → %s', (line, year, expected) => {
    expect(isPlanParagraph(line, year)).toBe(expected);
  });
});
