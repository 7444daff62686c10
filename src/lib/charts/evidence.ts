/**
 * Splits an evidence sentence around the number it supports, so views can highlight it as plain text
 * nodes (report text is untrusted: never HTML). Offsets come from the fact; when they do not fit the
 * sentence, the number is searched for as written, and failing that nothing is highlighted.
 */
export interface EvidenceParts {
  before: string;
  number: string;
  after: string;
}

export function splitEvidence(
  evidence: string | null,
  start: number | null,
  end: number | null,
  value: number | null = null,
): EvidenceParts | null {
  if (evidence === null || evidence === '') return null;
  if (start !== null && end !== null && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= evidence.length) {
    return { before: evidence.slice(0, start), number: evidence.slice(start, end), after: evidence.slice(end) };
  }
  if (value !== null) {
    const text = String(value);
    const i = evidence.indexOf(text);
    if (i >= 0) return { before: evidence.slice(0, i), number: text, after: evidence.slice(i + text.length) };
  }
  return { before: evidence, number: '', after: '' };
}
