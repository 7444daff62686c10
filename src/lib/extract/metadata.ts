import type { DocMeta } from '../tables/types.ts';
import { classifyDocType, detectReportYear } from './metadata/classify.ts';
import { findPublished, findSigningDate } from './metadata/dates.ts';
import { detectPlace } from './metadata/jurisdiction.ts';
import { splitLines } from './metadata/lines.ts';
import { findTitle, issuedTitle, selfNamedTitle } from './metadata/title.ts';
import { normaliseText } from './normalise.ts';

/**
 * Detect a report's metadata from its own text (never its file name): title, reporting
 * jurisdiction with parent and province (via the gazetteer), level, document type, year
 * covered and publication date. Fields that the text does not support are null.
 */

/** The title as written in the original text (normalisation is length-preserving). */
function asWritten(title: string, normalised: string, original: string): string {
  const at = normalised.indexOf(title);
  return at >= 0 ? original.slice(at, at + title.length) : title;
}

export function detectMetadata(text: string): DocMeta {
  const normalised = normaliseText(text.replace(/\r\n?/g, '\n'));
  const original = text.replace(/\r\n?/g, '\n');
  const lines = splitLines(normalised);

  const titleLine = findTitle(lines);
  let title = titleLine ? issuedTitle(titleLine, normalised) : null;
  const place = detectPlace([title, titleLine], normalised, lines);
  title ??= selfNamedTitle(normalised, place.jurisdiction);

  const published = findPublished(lines);
  const doc_type = classifyDocType(title, lines);
  const report_year = detectReportYear(title, lines, findSigningDate(lines), published, doc_type);

  return {
    title: title ? asWritten(title, normalised, original) : null,
    ...place,
    admin_level: place.admin_level,
    doc_type,
    report_year,
    published,
  };
}
