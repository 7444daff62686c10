import { DIVISIONS, type Division } from './divisions.ts';
import { stemOf } from './names.ts';
import { buildPrefixIndex } from './prefixIndex.ts';

/**
 * Lookups in the gazetteer by full name or short name, and ambiguity handling: a name
 * shared by several divisions (龙华区 in 深圳市 and 海口市) is resolved only when other
 * place names (a prefix chain like 深圳市龙华区, or mentions elsewhere in the text) single
 * one out; otherwise the caller gets null rather than a guess.
 */

function groupBy(keyOf: (d: Division) => string | null): Map<string, Division[]> {
  const map = new Map<string, Division[]>();
  for (const d of DIVISIONS) {
    const key = keyOf(d);
    if (!key) continue;
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  }
  return map;
}

const BY_NAME = groupBy((d) => d.name);
const BY_STEM = groupBy((d) => stemOf(d.name));
const MAX_NAME_LENGTH = Math.max(...[...BY_NAME.keys()].map((k) => k.length));
/** Stems longer than this are never matched in running text. */
const MAX_STEM_LENGTH = 8;
// Texts are scanned position by position (countPlaceMentions): index the keys once.
const NAME_INDEX = buildPrefixIndex(BY_NAME.keys(), 2, MAX_NAME_LENGTH);
const STEM_INDEX = buildPrefixIndex(BY_STEM.keys(), 2, MAX_STEM_LENGTH);

export function lookupName(name: string): readonly Division[] {
  return BY_NAME.get(name) ?? [];
}

export function lookupStem(stem: string): readonly Division[] {
  return BY_STEM.get(stem) ?? [];
}

/** Longest full division name starting at `start` in `text`, or null. */
export function matchNameAt(text: string, start: number): string | null {
  return NAME_INDEX.longestAt(text, start);
}

/** Longest division stem (short name, ≥ 2 chars) starting at `start`, or null. */
export function matchStemAt(text: string, start: number): string | null {
  return STEM_INDEX.longestAt(text, start);
}

/** How often `name` (or its stem) occurs in `text`. */
function mentions(name: string, text: string): number {
  const stem = stemOf(name);
  const needle = stem ?? name;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Pick one division among same-named candidates. `hints` are place names known to
 * enclose it, full or short (the 深圳市 or 深圳 of 深圳(市)龙华区); `context` is text whose mentions of each
 * candidate's parent and province break ties. Returns null when still ambiguous.
 */
export function pickDivision(
  candidates: readonly Division[],
  hints: readonly string[] = [],
  context = '',
): Division | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  const encloses = (h: string, name: string | null): boolean => !!name && (h === name || h === stemOf(name));
  const byHint = candidates.filter((d) => hints.some((h) => encloses(h, d.parent) || encloses(h, d.province)));
  if (byHint.length === 1) return byHint[0]!;
  const pool = byHint.length > 1 ? byHint : candidates;
  if (!context) return null;
  const scored = pool.map((d) => ({
    d,
    score: (d.parent ? mentions(d.parent, context) : 0) + mentions(d.province, context),
  }));
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score > 0 && (!second || best.score > second.score)) return best.d;
  return null;
}
