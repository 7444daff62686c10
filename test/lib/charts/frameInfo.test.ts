import { describe, expect, it } from 'vitest';
import { buildCompareState } from '../../../src/lib/charts/compare/compareState.ts';
import { exportRows, noteTexts, sourceLabels } from '../../../src/lib/charts/frameInfo.ts';
import type { DocumentSummary } from '../../../src/lib/db/types.ts';
import { makeJurisdiction, makeRow, zhLabel } from './makeRows.ts';

const J = ['利通区', '花都区', '绍兴市'].map((n) => makeJurisdiction(n));
const rows = [makeRow('利通区', 2016, 388, { period: 'h1', doc_file: 'a.txt' }), makeRow('花都区', 2019, 4066, { doc_file: 'b.txt' }), makeRow('绍兴市', null, null)];
const values = buildCompareState(rows, { years: 'latest', jurisdictions: J, label: zhLabel }, { width: 600 }).series.flatMap((g) => [...g.bars, ...g.missing]);

describe('frame info', () => {
  it('notes explain each badge used and the mixed years of latest-available', () => {
    expect(noteTexts(values, true, 'en')).toEqual([expect.stringMatching(/^H1:/), expect.stringMatching(/Latest available/)]);
    expect(noteTexts(values, false, 'zh')).toEqual([expect.stringMatching(/^半年：/)]);
  });

  it('source line lists each cited document once, by title when known', () => {
    const docs = new Map<string, DocumentSummary>([
      ['b.txt', { doc_file: 'b.txt', title: '花都区报告', jurisdiction: '花都区', report_year: 2019, jurisdiction_id: null, published: null, doc_type: null, status: 'ok', n_facts: 1 }],
    ]);
    expect(sourceLabels(values, docs)).toEqual(['a.txt', '花都区 2019 · 花都区报告']);
  });

  it('export rows keep no-data rows with an empty value, never zero', () => {
    const out = exportRows(values) as { jurisdiction: string; value: number | null }[];
    expect(out.find((r) => r.jurisdiction === '绍兴市')!.value).toBeNull();
    expect(out).toHaveLength(3);
  });
});
