import { describe, expect, it } from 'vitest';
import { buildJurisdictions } from '../../../src/lib/tables/jurisdictions.ts';
import { jurisdictionId, type DocumentRow } from '../../../src/lib/tables/types.ts';

function doc(doc_file: string, jurisdiction: string | null, parent: string | null, province: string | null, extra: Partial<DocumentRow> = {}): DocumentRow {
  return {
    doc_file, title: null, jurisdiction, parent, province, admin_level: extra.admin_level ?? null, doc_type: 'annual_report', report_year: 2019, published: null,
    status: 'ok', message: '', sha256: '', bytes: 0, encoding: 'utf-8', format: 'txt', duplicate_of: null,
    jurisdiction_id: jurisdiction ? jurisdictionId(province, parent, jurisdiction) : null, meta_source: 'text', n_facts: 0, char_count: 0, text: '', ...extra,
  };
}

describe('buildJurisdictions', () => {
  it('adds parent and province rows so every parent_id resolves', () => {
    const rows = buildJurisdictions([doc('a.txt', '花都区', '广州市', '广东省', { admin_level: 'county' }), doc('b.txt', '绍兴市', null, '浙江省', { admin_level: 'prefecture' })]);
    expect(rows.map((r) => [r.jurisdiction_id, r.name_zh, r.parent_id, r.admin_level, r.n_documents])).toEqual([
      ['广东省', '广东省', null, 'province', 0],
      ['广东省/广州市', '广州市', '广东省', 'prefecture', 0],
      ['广东省/广州市/花都区', '花都区', '广东省/广州市', 'county', 1],
      ['浙江省', '浙江省', null, 'province', 0],
      ['浙江省/绍兴市', '绍兴市', '浙江省', 'prefecture', 1],
    ]);
    const ids = new Set(rows.map((r) => r.jurisdiction_id));
    for (const r of rows) if (r.parent_id) expect(ids.has(r.parent_id)).toBe(true);
  });

  it('treats a municipality as its own province', () => {
    const rows = buildJurisdictions([doc('a.txt', '渝中区', '重庆市', '重庆市', { admin_level: 'county' }), doc('b.txt', '重庆市', null, '重庆市', { admin_level: 'province' })]);
    expect(rows.map((r) => [r.jurisdiction_id, r.parent_id, r.n_documents])).toEqual([
      ['重庆市', null, 1],
      ['重庆市/渝中区', '重庆市', 1],
    ]);
  });

  it('counts documents once per jurisdiction, excluding duplicates, and skips documents without one', () => {
    const rows = buildJurisdictions([
      doc('a.txt', '绍兴市', null, '浙江省'),
      doc('b.txt', '绍兴市', null, '浙江省'),
      doc('c.txt', '绍兴市', null, '浙江省', { status: 'duplicate' }),
      doc('d.txt', null, null, null),
    ]);
    expect(rows.find((r) => r.jurisdiction_id === '浙江省/绍兴市')!.n_documents).toBe(2);
    expect(rows).toHaveLength(2);
  });

  it('uses the English-name lookup it is given', () => {
    const rows = buildJurisdictions([doc('a.txt', '绍兴市', null, '浙江省')], (zh) => (zh === '绍兴市' ? 'Shaoxing' : null));
    expect(rows.map((r) => r.name_en)).toEqual([null, 'Shaoxing']);
  });
});
