import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { periodAt } from '../../../src/lib/extract/periods.ts';
import { makeMeta } from './meta.ts';

function periodOf(text: string, reportYear: number | null) {
  const pos = text.lastIndexOf('#');
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  const sentenceStart = Math.max(lineStart, text.lastIndexOf('。', pos) + 1);
  return periodAt(text, lineStart, sentenceStart, pos, reportYear);
}

describe('periodAt', () => {
  it.each([
    ['全区共调解纠纷#', 2019, 'year', 2019],
    ['2019年，全区共调解纠纷#', 2019, 'year', 2019],
    ['今年，全区共调解纠纷#', 2019, 'year', 2019],
    ['全年共调解纠纷#', 2019, 'year', 2019],
    ['今年上半年，全区共调解纠纷#', 2016, 'h1', 2016],
    ['2016年上半年，全区共调解纠纷#', 2016, 'h1', 2016],
    ['今年以来，受理来信来访#', 2016, 'ytd', 2016],
    ['截至目前，我区公开政府信息#', 2016, 'ytd', 2016],
    ['截止目前，我区公开政府信息#', 2016, 'ytd', 2016],
    ['截至11月底，共调处各类矛盾纠纷#', 2018, 'ytd', 2018],
    ['2015年，区政府共制定规范性文件#', 2016, 'other_year', 2015],
    ['去年共调解纠纷#', 2020, 'other_year', 2019],
    ['本年度共收到申请128件，上年结转5件，办结#', 2021, 'year', 2021],
    ['较上年增长12%，办结#', 2021, 'year', 2021],
    ['市本级新收行政复议申请3326件(2023年为#', 2024, 'other_year', 2023],
    ['2023总共需办理复议案件#', 2024, 'other_year', 2023],
    // Years that do not date the figure: titles, ranges, meeting numbers.
    ['按照《实施方案(2016-2020年)》要求，调解纠纷#', 2016, 'year', 2016],
    ['经区人民政府2015年第47次常务会议研究，保留#', 2016, 'year', 2016],
    // A fronted adverbial governs later sentences of its paragraph.
    ['今年以来，开展攻坚行动。共排查交办信访积案#', 2022, 'ytd', 2022],
    ['今年以来，开展攻坚行动。\n共排查交办信访积案#', 2022, 'year', 2022],
    // Unknown report year: explicit years still date the figure.
    ['2019年，全区共调解纠纷#', null, 'year', 2019],
    ['全区共调解纠纷#', null, 'year', null],
    ['今年以来，受理来信来访#', null, 'ytd', null],
  ] as const)('%s (report %s) → %s %s', (text, reportYear, period, year) => {
    expect(periodOf(text, reportYear)).toEqual({ period, period_year: year });
  });
});

describe('standing counts', () => {
  it('power list and licensing items belong to the report year whatever the sentence says', () => {
    const facts = extractFacts('2015年，清理编制区级行政权力事项1153项。', makeMeta({ report_year: 2016 }));
    expect(facts[0]).toMatchObject({ indicator_id: 'power_list.items', period: 'year', period_year: 2016 });
  });
});
