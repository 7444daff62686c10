import { normaliseText } from './normalise.ts';

/**
 * The text the rules run on, and its sentence/paragraph structure. Same length as the
 * original, so every offset found here is an offset into the original text.
 */

/** normaliseText, except that the full-width comma stays '，' (a clause break, never a thousands separator). */
export function toMatchText(text: string): string {
  const norm = normaliseText(text);
  if (!text.includes('，')) return norm;
  let out = '';
  for (let i = 0; i < norm.length; i++) out += text[i] === '，' ? '，' : norm[i];
  return out;
}

// Boundaries are tested by char code: these scans run for every candidate figure, and a
// one-character string per step (CJK text) made them allocation-bound.
const SENTENCE_END = new Set([...'。!?\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...',，。;:!?\n'].map((c) => c.charCodeAt(0)));

/** Start (inclusive) and end (exclusive) of the sentence containing pos. Semicolons do not end sentences. */
export function sentenceAt(t: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !SENTENCE_END.has(t.charCodeAt(start - 1))) start--;
  let end = pos;
  while (end < t.length && !SENTENCE_END.has(t.charCodeAt(end))) end++;
  return { start, end };
}

/** Start of the paragraph (line) containing pos. */
export function lineStartAt(t: string, pos: number): number {
  const i = t.lastIndexOf('\n', pos - 1);
  return i < 0 ? 0 : i + 1;
}

/** Start of the clause containing pos (after the last comma, semicolon, colon or sentence end). */
export function clauseStartAt(t: string, pos: number): number {
  let start = pos;
  while (start > 0 && !CLAUSE_END.has(t.charCodeAt(start - 1))) start--;
  return start;
}
