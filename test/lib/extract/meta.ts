import type { DocMeta } from '../../../src/lib/tables/types.ts';

/** A DocMeta for tests: an annual report with nothing else known unless given. */
export function makeMeta(over: Partial<DocMeta> = {}): DocMeta {
  return { title: null, jurisdiction: null, parent: null, province: null, admin_level: null, doc_type: 'annual_report', report_year: null, published: null, ...over };
}
