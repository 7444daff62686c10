import { describe, expect, it } from 'vitest';
import { clauseStartAt, lineStartAt, sentenceAt, toMatchText } from '../../../src/lib/extract/text.ts';

/** The definitions, by regex on one character at a time. */
function refSentence(t: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !/[。!?\n]/.test(t[start - 1]!)) start--;
  let end = pos;
  while (end < t.length && !/[。!?\n]/.test(t[end]!)) end++;
  return { start, end };
}
function refClause(t: string, pos: number): number {
  let start = pos;
  while (start > 0 && !/[,，。;:!?\n]/.test(t[start - 1]!)) start--;
  return start;
}

describe('sentence, clause and line boundaries', () => {
  const t = '2020年,全区受理案件12件;审结10件。其中:调解3件，撤诉2件!下一步?\n新段落 结尾';

  it('agree with the character-class definitions at every position', () => {
    for (let pos = 0; pos <= t.length; pos++) {
      expect(sentenceAt(t, pos)).toEqual(refSentence(t, pos));
      expect(clauseStartAt(t, pos)).toBe(refClause(t, pos));
    }
  });

  it('find the expected spans', () => {
    const at = t.indexOf('审结');
    expect(t.slice(sentenceAt(t, at).start, sentenceAt(t, at).end)).toBe('2020年,全区受理案件12件;审结10件');
    expect(t.slice(clauseStartAt(t, at), at)).toBe('');
    expect(clauseStartAt(t, t.indexOf('撤诉') + 1)).toBe(t.indexOf('撤诉'));
    expect(lineStartAt(t, t.indexOf('结尾'))).toBe(t.indexOf('新段落'));
    expect(sentenceAt('', 0)).toEqual({ start: 0, end: 0 });
  });

  it('toMatchText keeps the full-width comma and the length', () => {
    expect(toMatchText('受理１２件，审结１０件')).toBe('受理12件，审结10件');
  });
});
