import { describe, expect, it } from 'vitest';
import { sentenceOfFacts } from '../../../src/lib/checks/checkHelpers.ts';
import { checkPartsLeWholes } from '../../../src/lib/checks/partLeWhole.ts';
import { makeFact, textsFor } from './factFixtures.ts';

const TEXT = '收到依申请公开495件,共回复处理487件。';
const sentenceOf = sentenceOfFacts(textsFor({ 'a.txt': TEXT }));
const received = makeFact({ indicator_id: 'disclosure.requests_received', value: 495, value_start: TEXT.indexOf('495'), unit: 'requests' });
const answered = (value: number, extra = {}) => makeFact({ indicator_id: 'disclosure.requests_answered', value, value_start: TEXT.indexOf('487'), unit: 'requests', ...extra });

describe('checkPartsLeWholes', () => {
  it('passes a part not above its whole', () => {
    const rows = checkPartsLeWholes([received, answered(487)], sentenceOf);
    expect(rows).toEqual([expect.objectContaining({ check_type: 'part_le_whole', status: 'pass', expected: 495, observed: 487 })]);
  });

  it('fails a part above its whole, naming both', () => {
    const rows = checkPartsLeWholes([received, answered(512)], sentenceOf);
    expect(rows[0]).toMatchObject({ status: 'fail', expected: 495, observed: 512 });
    expect(rows[0]!.message).toBe('disclosure.requests_answered 512 exceeds disclosure.requests_received 495 (year 2019)');
  });

  it('compares only the same period and period_year', () => {
    expect(checkPartsLeWholes([received, answered(512, { period: 'h1' })], sentenceOf)).toEqual([]);
    expect(checkPartsLeWholes([received, answered(512, { period_year: 2018 })], sentenceOf)).toEqual([]);
  });

  it('pairs headline facts of the same document across sentences, but not details', () => {
    const text = '收到依申请公开495件。\n回复处理600件。';
    const so = sentenceOfFacts(textsFor({ 'a.txt': text }));
    expect(checkPartsLeWholes([received, answered(600, { value_start: text.indexOf('600') })], so)[0]!.status).toBe('fail');
    expect(checkPartsLeWholes([received, answered(600, { value_start: text.indexOf('600'), role: 'detail' })], so)).toEqual([]);
  });

  it('never pairs facts from different documents', () => {
    expect(checkPartsLeWholes([received, answered(600, { doc_file: 'b.txt' })], sentenceOf)).toEqual([]);
  });
});
