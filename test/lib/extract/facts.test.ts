import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { INDICATOR_BY_ID } from '../../../src/lib/taxonomy/taxonomy.ts';
import type { ExtractedFact } from '../../../src/lib/tables/types.ts';
import { makeMeta } from './meta.ts';

const SHARED = resolve(__dirname, '../../../../shared');
const corpusFiles = ['corpus', 'dev/corpus'].flatMap((d) =>
  readdirSync(join(SHARED, d)).sort().map((f) => join(SHARED, d, f)),
);

function checkInvariants(text: string, facts: ExtractedFact[]): void {
  for (const f of facts) {
    expect(f.evidence).toBe(text.slice(f.char_start, f.char_end));
    expect(f.value_text).toBe(text.slice(f.value_start, f.value_end));
    expect(f.char_start <= f.value_start && f.value_end <= f.char_end, f.evidence).toBe(true);
    expect(f.unit).toBe(INDICATOR_BY_ID.get(f.indicator_id)!.unit);
    expect(Number.isFinite(f.value)).toBe(true);
  }
  // At most one headline per indicator and period.
  const keys = facts.filter((f) => f.role === 'headline').map((f) => `${f.indicator_id}|${f.period}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('extractFacts on real texts', () => {
  it.each(corpusFiles)('offsets, evidence and headline uniqueness hold for %s', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const year of [2019, null]) checkInvariants(text, extractFacts(text, makeMeta({ report_year: year })));
  });
});

describe('extractFacts', () => {
  const meta = makeMeta({ report_year: 2019, jurisdiction: '花都区' });

  it('keeps offsets into the original text when it has full-width digits and Traditional characters', () => {
    const text = '２０１９年，全區共調解各類矛盾糾紛４，０６６宗，成功調解４０１７宗，成功率達９８．７９％。';
    const facts = extractFacts(text, meta);
    checkInvariants(text, facts);
    expect(facts.map((f) => [f.indicator_id, f.value, f.role])).toEqual([
      ['mediation.resolved', 4017, 'headline'],
      ['mediation.success_rate', 98.79, 'headline'],
    ]);
    // The full-width comma in ４，０６６ is a clause break, not a thousands separator.
    expect(facts.find((f) => f.indicator_id === 'mediation.disputes')).toBeUndefined();
  });

  it('reads an ASCII thousands separator', () => {
    const facts = extractFacts('全年共公开政府信息3,578条。', meta);
    expect(facts[0]).toMatchObject({ value: 3578, value_text: '3,578条' });
  });

  it('returns nothing for a work plan, even when the metadata does not say so', () => {
    const plan = '巴中市人民政府2017年度法治政府建设工作安排\n\n全年组织开展法治宣传活动100场次。';
    expect(extractFacts(plan, makeMeta({ report_year: 2017 }))).toEqual([]);
    expect(extractFacts('全年组织开展法治宣传活动100场次。', makeMeta({ doc_type: 'work_plan' }))).toEqual([]);
  });

  it('skips the plan section at the end of a report', () => {
    const filler = '一、工作情况\n' + '依法行政工作稳步推进。'.repeat(20) + '\n';
    const text = `${filler}实现出庭应诉率100%。\n三、今后的工作打算\n保持行政机关负责人出庭应诉率100%，开展法治宣传活动200场次。`;
    const facts = extractFacts(text, meta);
    expect(facts.map((f) => f.indicator_id)).toEqual(['litigation.head_appearance_rate']);
  });

  it('skips targets and next-year paragraphs', () => {
    expect(extractFacts('力争行政机关负责人出庭应诉率达到100%。', meta)).toEqual([]);
    expect(extractFacts('2020年，我区将组织开展法治宣传活动200场次。', meta)).toEqual([]);
    expect(extractFacts('2019年，我区组织开展法治宣传活动200场次。', meta)).toHaveLength(1);
  });

  it('does not read a change as a count', () => {
    expect(extractFacts('行政复议申请同比增加40件。', meta)).toEqual([]);
  });

  describe('roles', () => {
    const roles = (text: string, m = meta) => extractFacts(text, m).map((f) => [f.indicator_id, f.value, f.role]);

    it('breakdowns after 其中 are detail', () => {
      expect(roles('我区现有人民调解组织281个，其中镇(街)、村(居)调委会262个。')).toEqual([
        ['mediation.organizations', 281, 'headline'],
        ['mediation.organizations', 262, 'detail'],
      ]);
    });

    it('channels such as 微博 are detail', () => {
      expect(roles('2019年，通过门户网站公开信息3578条，通过微博发布信息2095条。')).toEqual([
        ['disclosure.items_published', 3578, 'headline'],
        ['disclosure.items_published', 2095, 'detail'],
      ]);
    });

    it('a repeat of the same figure is detail', () => {
      expect(roles('清理编制行政权力事项1153项。对保留的1153项行政权力向社会公布。')).toEqual([
        ['power_list.items', 1153, 'headline'],
        ['power_list.items', 1153, 'detail'],
      ]);
    });

    it('sub-programmes are detail', () => {
      expect(roles('法院与司法局共建诉前联调机制，接收调解案件866宗，已成功调解案件149宗。')).toEqual([
        ['mediation.disputes', 866, 'detail'],
        ['mediation.resolved', 149, 'detail'],
      ]);
    });

    it('another level of government is detail, and the level carries along an enumeration', () => {
      const m = makeMeta({ report_year: 2016, jurisdiction: '利通区' });
      expect(roles('共办理的市人大代表建议1件，政协提案4件，区人大代表建议20件，区政协提案135件。', m)).toEqual([
        ['proposals.npc_handled', 1, 'detail'],
        ['proposals.cppcc_handled', 4, 'detail'],
        ['proposals.npc_handled', 20, 'headline'],
        ['proposals.cppcc_handled', 135, 'headline'],
      ]);
    });

    it('without a jurisdiction name, the own level comes from the text voice (我区/全区)', () => {
      const m = makeMeta({ report_year: 2016 });
      expect(roles('我区法治建设稳步推进。全区共办理市人大代表建议1件，区人大代表建议20件。', m)).toEqual([
        ['proposals.npc_handled', 1, 'detail'],
        ['proposals.npc_handled', 20, 'headline'],
      ]);
    });

    it('the whole jurisdiction beats its own government level (全市 > 市本级)', () => {
      expect(roles('全市新收行政复议申请8745件。市本级新收行政复议申请3326件。')).toEqual([
        ['reconsideration.received', 8745, 'headline'],
        ['reconsideration.received', 3326, 'detail'],
      ]);
      expect(roles('市本级新收行政复议申请3326件。全市新收行政复议申请8745件。')).toEqual([
        ['reconsideration.received', 3326, 'detail'],
        ['reconsideration.received', 8745, 'headline'],
      ]);
    });

    it('a sub-count is never paired with a count of another sentence', () => {
      expect(roles('调解案件数为4033件。抓好专职人民调解员管理，成功调解案件174件。')).toEqual([
        ['mediation.disputes', 4033, 'headline'],
        ['mediation.resolved', 174, 'detail'],
      ]);
    });

    it('one headline per period: the same indicator can head two periods', () => {
      expect(roles('今年上半年，共调解矛盾纠纷388件。2019年，共调解矛盾纠纷800件。')).toEqual([
        ['mediation.disputes', 388, 'headline'],
        ['mediation.disputes', 800, 'headline'],
      ]);
    });
  });
});
