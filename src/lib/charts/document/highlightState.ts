/**
 * Highlight layout of the Document view: cut a report's text into ordered, non-overlapping
 * segments so every extracted fact's evidence sentence and number can be marked with plain
 * text nodes (no HTML). Many facts share one sentence and spans may nest or overlap, so the
 * text is cut at every span boundary and each piece records all the facts covering it.
 * Pure: no DOM, no Svelte.
 */
import type { HighlightSpan, HighlightState, Segment, SegmentKind } from './highlightTypes.ts';

export type { HighlightSpan, HighlightState, Segment, SegmentKind } from './highlightTypes.ts';

interface CleanSpan {
  id: string;
  order: number;
  evidence: [number, number];
  value: [number, number] | null;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Move a start offset back so it never splits a surrogate pair. */
export function snapStart(text: string, i: number): number {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** Move an end offset forward so it never splits a surrogate pair. */
export function snapEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i + 1 : i;
}

/** A usable [start, end) range inside the text, snapped to code points; null when unusable. */
function cleanRange(text: string, start: number, end: number): [number, number] | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || start >= end) return null;
  return [snapStart(text, start), snapEnd(text, end)];
}

function cleanSpans(text: string, facts: readonly HighlightSpan[]): { spans: CleanSpan[]; skipped: string[] } {
  const spans: CleanSpan[] = [];
  const skipped: string[] = [];
  for (const f of facts) {
    const evidence = cleanRange(text, f.char_start, f.char_end);
    const value = cleanRange(text, f.value_start, f.value_end);
    // A fact with only one usable span still gets highlighted by that span.
    const ev = evidence ?? value;
    if (!ev) {
      skipped.push(f.fact_id);
      continue;
    }
    spans.push({ id: f.fact_id, order: 0, evidence: ev, value });
  }
  // Document order: earlier sentence first, then earlier number, then id for stability.
  spans.sort((a, b) => a.evidence[0] - b.evidence[0] || (a.value?.[0] ?? 0) - (b.value?.[0] ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  spans.forEach((s, i) => (s.order = i));
  return { spans, skipped };
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Segments of `text` for the given facts. Offsets are UTF-16 code units (as in
 * DocumentRow.text); a boundary falling inside a surrogate pair is widened to the whole
 * character. Facts with no usable span are returned in `skipped`.
 */
export function buildHighlightState(text: string, facts: readonly HighlightSpan[]): HighlightState {
  const { spans, skipped } = cleanSpans(text, facts);
  const cuts = new Set<number>([0, text.length]);
  // Events per position: which spans open/close there (evidence and value tracked separately).
  const opens = new Map<number, { span: CleanSpan; value: boolean }[]>();
  const closes = new Map<number, { span: CleanSpan; value: boolean }[]>();
  const addEvent = (m: typeof opens, at: number, span: CleanSpan, value: boolean) => {
    const list = m.get(at);
    if (list) list.push({ span, value });
    else m.set(at, [{ span, value }]);
  };
  for (const s of spans) {
    for (const [range, isValue] of [[s.evidence, false], [s.value, true]] as const) {
      if (!range) continue;
      cuts.add(range[0]);
      cuts.add(range[1]);
      addEvent(opens, range[0], s, isValue);
      addEvent(closes, range[1], s, isValue);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Reference counts: a fact is active while its evidence or its value span is open.
  const coverCount = new Map<CleanSpan, number>();
  const valueActive = new Set<CleanSpan>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i];
    for (const e of closes.get(at) ?? []) {
      const n = (coverCount.get(e.span) ?? 0) - 1;
      if (n <= 0) coverCount.delete(e.span);
      else coverCount.set(e.span, n);
      if (e.value) valueActive.delete(e.span);
    }
    for (const e of opens.get(at) ?? []) {
      coverCount.set(e.span, (coverCount.get(e.span) ?? 0) + 1);
      if (e.value) valueActive.add(e.span);
    }
    const end = points[i + 1];
    const byOrder = (a: CleanSpan, b: CleanSpan) => a.order - b.order;
    const factIds = [...coverCount.keys()].sort(byOrder).map((s) => s.id);
    const valueFactIds = [...valueActive].sort(byOrder).map((s) => s.id);
    const kind: SegmentKind = valueFactIds.length ? 'value' : factIds.length ? 'evidence' : 'plain';
    const prev = segments[segments.length - 1];
    if (prev && prev.kind === kind && sameIds(prev.factIds, factIds) && sameIds(prev.valueFactIds, valueFactIds)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else {
      segments.push({ text: text.slice(at, end), start: at, end, kind, factIds, valueFactIds });
    }
  }
  const firstSegment = new Map<string, number>();
  segments.forEach((seg, idx) => {
    for (const id of seg.factIds) if (!firstSegment.has(id)) firstSegment.set(id, idx);
  });
  return { segments, skipped, firstSegment };
}
