import { describe, expect, it } from 'vitest';
import { buildTables, buildTablesWithIssues, type InputFile } from '../../../src/lib/tables/build.ts';
import { checkConflictingHeadlines } from '../../../src/lib/checks/conflictingHeadline.ts';
import { finishChecks } from '../../../src/lib/checks/runChecks.ts';
import type { DocMeta, ExtractedFact, IndicatorRow } from '../../../src/lib/tables/types.ts';
import { encodeLegacy, encodeUtf16, garbage, utf8 } from '../ingest/encodeFixtures.ts';

/** A detector and extractor that read a tiny synthetic format, so these tests do not depend on the real ones. */
const detect = (text: string): DocMeta => {
  const m = /^(\S+?)(\d{4})年报告/.exec(text);
  return {
    title: text.split('\n')[0] ?? null, jurisdiction: m ? m[1]! : null, parent: m ? '广州市' : null, province: m ? '广东省' : null,
    admin_level: m ? 'county' : null, doc_type: text.includes('工作安排') ? 'work_plan' : 'annual_report', report_year: m ? Number(m[2]) : null, published: null,
  };
};

const extract = (text: string): ExtractedFact[] => {
  const out: ExtractedFact[] = [];
  for (const m of text.matchAll(/调解纠纷(\d+)件/g)) {
    const value_start = m.index! + 4;
    const value_text = m[1]!;
    out.push({
      indicator_id: 'mediation.disputes', value: Number(value_text), unit: 'cases', qualifier: 'exact', period: 'year', period_year: 2019, role: 'headline',
      evidence: m[0], char_start: m.index!, char_end: m.index! + m[0].length, value_start, value_end: value_start + value_text.length, value_text, rule_id: 'test',
    });
  }
  return out;
};

const indicators: IndicatorRow[] = [{ indicator_id: 'mediation.disputes', category: 'disputes', unit: 'cases', name_zh: '调解纠纷', name_en: 'Disputes mediated', definition: '', cue_phrases: '调解' }];
const options = { detect, extract, indicators };
const file = (name: string, bytes: Uint8Array): InputFile => ({ name, bytes });
const REPORT = '花都区2019年报告\n全区调解纠纷4066件。';

describe('buildTables', () => {
  it('gives every file a documents row with the right status, in name order', () => {
    const files = [
      file('b.txt', utf8(REPORT)),
      file('a.txt', encodeLegacy('从化区2019年报告\n全区调解纠纷100件。', 'gb18030')),
      file('c.txt', utf8(REPORT, true)), // same text as b.txt once the BOM is gone
      file('d.pdf', utf8('%PDF-1.4')),
      file('e.txt', new Uint8Array()),
      file('f.txt', garbage(3000)),
      file('g.html', utf8('<html><body><p>番禺区2019年报告</p><p>没有数字。</p></body></html>')),
      file('h.txt', encodeUtf16('增城区2019年工作安排\n调解纠纷5件。', 'le', true)),
      file('i.txt', utf8(REPORT.replace('\n', '\r\n'))), // b.txt with Windows line endings
    ];
    const { documents } = buildTables(files, options);
    expect(documents.map((d) => [d.doc_file, d.status, d.encoding, d.format])).toEqual([
      ['a.txt', 'ok', 'gb18030', 'txt'],
      ['b.txt', 'ok', 'utf-8', 'txt'],
      ['c.txt', 'duplicate', 'utf-8-bom', 'txt'],
      ['d.pdf', 'unreadable', null, 'other'],
      ['e.txt', 'empty', null, 'txt'],
      ['f.txt', 'unreadable', null, 'txt'],
      ['g.html', 'no_facts', 'utf-8', 'html'],
      ['h.txt', 'no_facts', 'utf-16le', 'txt'],
      ['i.txt', 'duplicate', 'utf-8', 'txt'],
    ]);
    const byName = new Map(documents.map((d) => [d.doc_file, d]));
    expect(byName.get('c.txt')).toMatchObject({ duplicate_of: 'b.txt', n_facts: 0, message: 'same text as b.txt' });
    expect(byName.get('h.txt')!.message).toContain('work plan');
    expect(byName.get('g.html')!.message).toContain('no indicator facts found');
    expect(byName.get('d.pdf')!.message).toContain('.pdf');
    expect(byName.get('b.txt')).toMatchObject({ jurisdiction_id: '广东省/广州市/花都区', n_facts: 1, char_count: REPORT.length, text: REPORT, bytes: utf8(REPORT).length, meta_source: 'text' });
    expect(byName.get('b.txt')!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(byName.get('b.txt')!.sha256).not.toBe(byName.get('c.txt')!.sha256);
  });

  it('builds facts tied to their file and jurisdiction, with evidence at the offsets', () => {
    const t = buildTables([file('b.txt', utf8(REPORT))], options);
    expect(t.facts).toHaveLength(1);
    const f = t.facts[0]!;
    expect(f).toMatchObject({ fact_id: `b.txt@${REPORT.indexOf('4066')}:mediation.disputes`, doc_file: 'b.txt', jurisdiction_id: '广东省/广州市/花都区', value: 4066 });
    expect(REPORT.slice(f.char_start, f.char_end)).toBe(f.evidence);
    expect(t.indicators).toEqual(indicators);
    expect(t.jurisdictions.map((j) => j.jurisdiction_id)).toEqual(['广东省', '广东省/广州市', '广东省/广州市/花都区']);
  });

  it('records conflicting headlines between two documents of one jurisdiction', () => {
    const t = buildTables([file('a.txt', utf8(REPORT)), file('b.txt', utf8('花都区2019年报告\n今年调解纠纷4000件。'))], options);
    expect(t.checks).toEqual([expect.objectContaining({ check_type: 'conflicting_headline', status: 'fail', expected: 4066, observed: 4000 })]);
  });

  it('derives the corpus-wide headline checks from its slim headline copies exactly as from full fact rows', () => {
    const reports = [
      ['a.txt', REPORT], ['b.txt', '花都区2019年报告\n今年调解纠纷4000件。'], ['c.txt', '花都区2019年报告\n调解纠纷4066件，另调解纠纷4066件。'],
      ['d.txt', '从化区2019年报告\n调解纠纷12件。'], ['e.txt', '从化区2019年报告\n调解纠纷12件。再调解纠纷12件'], ['f.txt', '无名报告\n调解纠纷7件，调解纠纷8件。'],
    ];
    const t = buildTables(reports.map(([n, text]) => file(n!, utf8(text!))), options);
    const crossDoc = t.checks.filter((c) => c.check_type === 'conflicting_headline');
    expect(crossDoc.length).toBeGreaterThanOrEqual(3);
    expect(crossDoc).toEqual(finishChecks(checkConflictingHeadlines(t.facts)));
  });

  it('applies manifest.csv overrides, marks meta_source and does not list the manifest as a document', () => {
    const manifest = 'file,jurisdiction,report_year,doc_type\nb.txt,从化区,2020,\nmissing.txt,x,,\n';
    const { tables, issues } = buildTablesWithIssues([file('b.txt', utf8(REPORT)), file('manifest.csv', utf8(manifest)), file('c.txt', utf8('番禺区2019年报告'))], options);
    expect(tables.documents.map((d) => d.doc_file)).toEqual(['b.txt', 'c.txt']);
    expect(tables.documents[0]).toMatchObject({ jurisdiction: '从化区', report_year: 2020, doc_type: 'annual_report', meta_source: 'text+manifest', jurisdiction_id: '广东省/广州市/从化区' });
    expect(tables.documents[0]!.message).toContain('manifest set jurisdiction, report_year');
    expect(tables.documents[1]!.meta_source).toBe('text');
    expect(tables.facts[0]!.jurisdiction_id).toBe('广东省/广州市/从化区');
    expect(issues).toEqual(['manifest.csv names missing.txt, which is not in the corpus']);
  });

  it('reports a malformed manifest without failing', () => {
    const { tables, issues } = buildTablesWithIssues([file('b.txt', utf8(REPORT)), file('manifest.csv', utf8('file,title\n"b.txt,x\n'))], options);
    expect(tables.documents).toHaveLength(1);
    expect(tables.documents[0]!.meta_source).toBe('text');
    expect(issues[0]).toContain('malformed');
  });

  it('drops invalid extracted facts and says so', () => {
    const bad = (text: string) => [...extract(text), { ...extract(text)[0]!, indicator_id: 'made.up' }, { ...extract(text)[0]!, value_start: 0, evidence: 'wrong' }];
    const t = buildTables([file('b.txt', utf8(REPORT))], { ...options, extract: bad });
    expect(t.facts).toHaveLength(1);
    expect(t.documents[0]!.message).toContain('dropped 2 invalid extracted fact(s)');
  });

  it('survives a detector or extractor that throws', () => {
    const t = buildTables([file('b.txt', utf8(REPORT))], { ...options, extract: () => { throw new Error('boom'); } });
    expect(t.documents[0]).toMatchObject({ status: 'no_facts', message: expect.stringContaining('extraction failed: boom') });
    const u = buildTables([file('b.txt', utf8(REPORT))], { ...options, detect: () => { throw new Error('bad meta'); } });
    expect(u.documents[0]!.message).toContain('metadata detection failed: bad meta');
  });

  it('marks a file that could not be read as unreadable', () => {
    const t = buildTables([{ name: 'x.txt', bytes: new Uint8Array(), readError: 'EACCES' }], options);
    expect(t.documents[0]).toMatchObject({ status: 'unreadable', message: 'cannot read the file: EACCES' });
  });

  it('is independent of input order', () => {
    const files = [file('b.txt', utf8(REPORT)), file('a.txt', utf8(REPORT)), file('c.txt', utf8('番禺区2019年报告\n调解纠纷7件。'))];
    expect(buildTables([...files].reverse(), options)).toEqual(buildTables(files, options));
  });
});
