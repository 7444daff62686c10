import type { DocMeta } from '../tables/types.ts';

/** STUB (owned by the metadata work): detect a report's metadata from its own text. */
export function detectMetadata(_text: string): DocMeta {
  return { title: null, jurisdiction: null, parent: null, province: null, admin_level: null, doc_type: null, report_year: null, published: null };
}
