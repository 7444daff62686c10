import { describe, expect, it } from 'vitest';
import { applyOverride, isManifestName, parseDate, parseManifest } from '../../../src/lib/ingest/manifest.ts';
import type { DocMeta } from '../../../src/lib/tables/types.ts';

const META: DocMeta = { title: 'T', jurisdiction: '花都区', parent: '广州市', province: '广东省', admin_level: 'county', doc_type: 'annual_report', report_year: 2019, published: null };

describe('parseManifest', () => {
  it('reads overrides, skipping empty cells', () => {
    const m = parseManifest('file,jurisdiction,report_year,published,admin_level\na.txt,从化区,2020,2021/3/5,\nb.txt,,,,zone\n');
    expect(m.issues).toEqual([]);
    expect(m.overrides.get('a.txt')).toEqual({ jurisdiction: '从化区', report_year: 2020, published: '2021-03-05' });
    expect(m.overrides.get('b.txt')).toEqual({ admin_level: 'zone' });
  });

  it('reports invalid cells, unknown columns, short rows and repeated files without failing', () => {
    const m = parseManifest('file,report_year,admin_level,colour\na.txt,20x9,city,red\nb.txt,2019\na.txt,2018,county,blue\n');
    expect(m.overrides.get('a.txt')).toEqual({});
    expect(m.overrides.has('b.txt')).toBe(false);
    expect(m.issues).toEqual([
      'manifest.csv: unknown column(s) colour ignored',
      "manifest.csv row 2 (a.txt): '20x9' ignored: report_year must be a four-digit year",
      "manifest.csv row 2 (a.txt): 'city' ignored: admin_level must be one of province|prefecture|county|zone|department",
      'manifest.csv row 3: 2 cells for 4 columns; row ignored',
      'manifest.csv row 4: a.txt listed again; only the first row is used',
    ]);
  });

  it('reports a manifest without a file column or with broken quoting', () => {
    expect(parseManifest('name,title\na.txt,x\n').issues).toEqual(["manifest.csv has no 'file' column; ignored"]);
    expect(parseManifest('file,title\n"a.txt,x\n')).toMatchObject({ issues: [expect.stringContaining('malformed')] });
  });

  it('recognises the manifest name case-insensitively', () => {
    expect(isManifestName('Manifest.CSV')).toBe(true);
    expect(isManifestName('manifest.csv.txt')).toBe(false);
  });
});

describe('parseDate', () => {
  it('normalises separators and rejects impossible dates', () => {
    expect(parseDate('2020-4-1')).toBe('2020-04-01');
    expect(parseDate('2020年4月1日')).toBe('2020-04-01');
    expect(parseDate('2019-02-29')).toBeNull();
    expect(parseDate('April 2020')).toBeNull();
  });
});

describe('applyOverride', () => {
  it('changes only the fields that differ and lists them', () => {
    const { meta, changed } = applyOverride(META, { jurisdiction: '花都区', report_year: 2020, published: '2020-04-01' });
    expect(changed).toEqual(['report_year', 'published']);
    expect(meta).toEqual({ ...META, report_year: 2020, published: '2020-04-01' });
  });

  it('passes metadata through without an override', () => {
    expect(applyOverride(META, undefined)).toEqual({ meta: META, changed: [] });
  });
});
