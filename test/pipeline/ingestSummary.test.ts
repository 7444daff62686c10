import { describe, expect, it } from 'vitest';
import { displayWidth, formatSummary } from '../../scripts/lib/summary.ts';
import type { DocumentRow } from '../../src/lib/tables/types.ts';

const doc = (over: Partial<DocumentRow>): DocumentRow => ({
  doc_file: 'a.txt', title: null, jurisdiction: null, parent: null, province: null, admin_level: null, doc_type: null, report_year: null, published: null,
  status: 'ok', message: '', sha256: '', bytes: 0, encoding: 'utf-8', format: 'txt', duplicate_of: null, jurisdiction_id: null, meta_source: 'text',
  n_facts: 0, char_count: 0, text: '', ...over,
});

describe('formatSummary', () => {
  it('prints one aligned line per file, totals and notes', () => {
    const tables = {
      documents: [
        doc({ doc_file: 'a.txt', jurisdiction_id: '广东省/广州市/花都区', report_year: 2019, n_facts: 3 }),
        doc({ doc_file: 'bb.pdf', status: 'unreadable', encoding: null, format: 'other', message: 'unsupported file type .pdf' }),
      ],
      nFacts: 0, nJurisdictions: 0, nIndicators: 0,
      checks: [{ check_id: 'x', doc_file: 'a.txt', jurisdiction_id: null, check_type: 'percent_range' as const, status: 'fail' as const, fact_ids: '', expected: null, observed: 120, message: '' }],
    };
    const lines = formatSummary(tables, ['sub/: subfolder skipped']).split('\n');
    expect(lines[0]).toBe('file    status      encoding  jurisdiction          year  facts  message');
    expect(lines[1]).toBe('a.txt   ok          utf-8     广东省/广州市/花都区  2019  3');
    expect(lines[2]).toBe('bb.pdf  unreadable  -         -                     -     0      unsupported file type .pdf');
    expect(lines.slice(4)).toEqual([
      'files: 2 (1 ok, 1 unreadable)',
      'facts: 0; jurisdictions: 0; indicators: 0',
      'checks: 1 (0 pass, 1 fail)',
      'note: sub/: subfolder skipped',
    ]);
  });

  it('measures CJK characters as two columns', () => {
    expect(displayWidth('花都区ab')).toBe(8);
  });
});
