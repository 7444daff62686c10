/**
 * Longest-key-at-position lookups for a fixed set of keys, for scanning a whole text position by
 * position: keys are indexed by their first two characters (code units, as one number), each with
 * the distinct key lengths starting that way, longest first. Most positions of a text start no key
 * at all and cost one map lookup, with no string built, instead of one slice per possible length.
 */
export interface PrefixIndex {
  /** The longest key of length minLength..maxLength starting at `start` in `text`, or null. */
  longestAt(text: string, start: number): string | null;
}

const PREFIX = 2;

/** The first two code units of s from `at` as one number (both exist: callers check the length). */
function headCode(s: string, at: number): number {
  return s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);
}

export function buildPrefixIndex(keys: Iterable<string>, minLength: number, maxLength: number): PrefixIndex {
  if (minLength < PREFIX) throw new Error(`prefix index needs keys of ≥ ${PREFIX} characters`);
  const set = new Set<string>();
  const lengths = new Map<number, number[]>();
  // Cheapest first test: can a key start with this code unit at all?
  const firstChars = new Uint8Array(0x10000);
  for (const key of keys) {
    if (key.length < minLength || key.length > maxLength) continue;
    set.add(key);
    firstChars[key.charCodeAt(0)] = 1;
    const head = headCode(key, 0);
    const list = lengths.get(head);
    if (!list) lengths.set(head, [key.length]);
    else if (!list.includes(key.length)) list.push(key.length);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return {
    longestAt(text, start) {
      if (firstChars[text.charCodeAt(start)] !== 1) return null;
      const room = text.length - start;
      if (room < PREFIX) return null;
      const list = lengths.get(headCode(text, start));
      if (!list) return null;
      for (const len of list) {
        if (len > room) continue;
        const candidate = text.slice(start, start + len);
        if (set.has(candidate)) return candidate;
      }
      return null;
    },
  };
}
