import { describe, expect, it } from 'vitest';
import { buildHighlightState, snapEnd, snapStart, type HighlightSpan, type Segment } from '../../../../src/lib/charts/document/highlightState.ts';

/** No lone surrogate (String.prototype.isWellFormed is ES2024, beyond this project's lib). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** A fact located by substrings: evidence and value found in the text. */
function fact(id: string, text: string, evidence: string, value: string, from = 0): HighlightSpan {
  const cs = text.indexOf(evidence, from);
  const vs = text.indexOf(value, cs);
  if (cs < 0 || vs < 0) throw new Error(`fixture: ${evidence}/${value} not in text`);
  return { fact_id: id, char_start: cs, char_end: cs + evidence.length, value_start: vs, value_end: vs + value.length };
}

const brief = (segs: Segment[]) => segs.map((s) => [s.text, s.kind, s.factIds.join(',')]);
const joined = (segs: Segment[]) => segs.map((s) => s.text).join('');

function expectContiguous(text: string, segs: Segment[]) {
  expect(joined(segs)).toBe(text);
  let at = 0;
  for (const s of segs) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    at = s.end;
  }
  expect(at).toBe(text.length);
}

describe('buildHighlightState', () => {
  it('returns no segments for empty text', () => {
    const st = buildHighlightState('', []);
    expect(st.segments).toEqual([]);
    expect(st.skipped).toEqual([]);
  });

  it('returns one plain segment when there are no facts', () => {
    const text = '全年办理案件\n共计。';
    expect(brief(buildHighlightState(text, []).segments)).toEqual([[text, 'plain', '']]);
  });

  it('marks one fact: plain, evidence, value, evidence, plain', () => {
    const text = '前言。全年调解纠纷1200件，成功率98%。结尾';
    const f = fact('a', text, '全年调解纠纷1200件', '1200件');
    const st = buildHighlightState(text, [f]);
    expectContiguous(text, st.segments);
    expect(brief(st.segments)).toEqual([
      ['前言。', 'plain', ''],
      ['全年调解纠纷', 'evidence', 'a'],
      ['1200件', 'value', 'a'],
      ['，成功率98%。结尾', 'plain', ''],
    ]);
    expect(st.segments[2].valueFactIds).toEqual(['a']);
    expect(st.firstSegment.get('a')).toBe(1);
  });

  it('handles many facts sharing one sentence (overlapping and nested spans)', () => {
    const text = '共受理复议案件120件，纠错率5.2%，其中撤销8件。';
    const sentence = text.slice(0, text.length - 1);
    const a = fact('a', text, sentence, '120件');
    const b = fact('b', text, sentence, '5.2%');
    const c = fact('c', text, '其中撤销8件', '8件'); // nested inside the shared sentence
    const st = buildHighlightState(text, [c, b, a]);
    expectContiguous(text, st.segments);
    expect(brief(st.segments)).toEqual([
      ['共受理复议案件', 'evidence', 'a,b'],
      ['120件', 'value', 'a,b'],
      ['，纠错率', 'evidence', 'a,b'],
      ['5.2%', 'value', 'a,b'],
      ['，', 'evidence', 'a,b'],
      ['其中撤销', 'evidence', 'a,b,c'],
      ['8件', 'value', 'a,b,c'],
      ['。', 'plain', ''],
    ]);
    expect(st.segments[1].valueFactIds).toEqual(['a']);
    expect(st.segments[3].valueFactIds).toEqual(['b']);
    expect(st.segments[6].valueFactIds).toEqual(['c']);
  });

  it('handles partially overlapping evidence spans', () => {
    const text = 'AAAABBBBCCCC';
    const spans: HighlightSpan[] = [
      { fact_id: 'x', char_start: 0, char_end: 8, value_start: 1, value_end: 2 },
      { fact_id: 'y', char_start: 4, char_end: 12, value_start: 10, value_end: 11 },
    ];
    const st = buildHighlightState(text, spans);
    expectContiguous(text, st.segments);
    expect(brief(st.segments)).toEqual([
      ['A', 'evidence', 'x'],
      ['A', 'value', 'x'],
      ['AA', 'evidence', 'x'],
      ['BBBB', 'evidence', 'x,y'],
      ['CC', 'evidence', 'y'],
      ['C', 'value', 'y'],
      ['C', 'evidence', 'y'],
    ]);
  });

  it('handles spans at both ends of the text', () => {
    const text = '98%的行政复议案件得到纠正，共100件';
    const first = { fact_id: 'p', char_start: 0, char_end: 3, value_start: 0, value_end: 3 };
    const lastAt = text.indexOf('100件');
    const last = { fact_id: 'q', char_start: lastAt - 1, char_end: text.length, value_start: lastAt, value_end: text.length };
    const st = buildHighlightState(text, [first, last]);
    expectContiguous(text, st.segments);
    expect(st.segments[0]).toMatchObject({ text: '98%', kind: 'value', factIds: ['p'] });
    expect(st.segments.at(-1)).toMatchObject({ text: '100件', kind: 'value', factIds: ['q'] });
    expect(st.segments.at(-2)).toMatchObject({ text: '共', kind: 'evidence', factIds: ['q'] });
  });

  it('keeps identical duplicate spans as one segment listing both facts', () => {
    const text = '办理120件。';
    const a = fact('a', text, '办理120件', '120件');
    const st = buildHighlightState(text, [a, { ...a, fact_id: 'b' }]);
    expect(brief(st.segments)).toEqual([
      ['办理', 'evidence', 'a,b'],
      ['120件', 'value', 'a,b'],
      ['。', 'plain', ''],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = '前𠀀𠀁后'; // two astral characters, 2 code units each
    expect(text.length).toBe(6);
    // Starts in the middle of 𠀀 (index 2), ends in the middle of 𠀁 (index 4).
    const st = buildHighlightState(text, [{ fact_id: 'z', char_start: 2, char_end: 4, value_start: 2, value_end: 4 }]);
    expectContiguous(text, st.segments);
    expect(brief(st.segments)).toEqual([
      ['前', 'plain', ''],
      ['𠀀𠀁', 'value', 'z'],
      ['后', 'plain', ''],
    ]);
    for (const s of st.segments) expect(wellFormed(s.text)).toBe(true);
  });

  it('skips unusable spans but keeps a fact with one usable span', () => {
    const text = '共100件';
    const st = buildHighlightState(text, [
      { fact_id: 'bad', char_start: 5, char_end: 2, value_start: -1, value_end: 99 },
      { fact_id: 'nan', char_start: Number.NaN, char_end: 3, value_start: 1, value_end: 1 },
      { fact_id: 'valueOnly', char_start: 0, char_end: 99, value_start: 1, value_end: 4 },
    ]);
    expect(st.skipped).toEqual(['bad', 'nan']);
    expect(brief(st.segments)).toEqual([
      ['共', 'plain', ''],
      ['100', 'value', 'valueOnly'],
      ['件', 'plain', ''],
    ]);
  });

  it('lists facts in document order whatever the input order', () => {
    const text = '甲1乙2丙';
    const spans: HighlightSpan[] = [
      { fact_id: 'late', char_start: 2, char_end: 5, value_start: 3, value_end: 4 },
      { fact_id: 'early', char_start: 0, char_end: 5, value_start: 1, value_end: 2 },
    ];
    const st = buildHighlightState(text, spans);
    expect(st.segments.find((s) => s.text === '乙')?.factIds).toEqual(['early', 'late']);
    expect(st.firstSegment.get('early')).toBe(0);
    expect(st.firstSegment.get('late')).toBe(2);
  });
});

describe('snapStart / snapEnd', () => {
  const text = 'a𠀀b';
  it('move offsets out of a surrogate pair', () => {
    expect(snapStart(text, 2)).toBe(1);
    expect(snapEnd(text, 2)).toBe(3);
  });
  it('leave other offsets alone', () => {
    for (const i of [0, 1, 3, 4]) {
      expect(snapStart(text, i)).toBe(i);
      expect(snapEnd(text, i)).toBe(i);
    }
  });
});
