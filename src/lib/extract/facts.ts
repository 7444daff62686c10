import type { DocMeta, ExtractedFact } from '../tables/types.ts';

/** STUB (owned by the extraction work): every indicator statement in a report's text. */
export function extractFacts(_text: string, _meta: DocMeta): ExtractedFact[] {
  return [];
}
