/** Types of the Document view's highlight layout (see highlightState.ts). */

/** The offsets of one fact inside the document text (UTF-16 code units, end exclusive). */
export interface HighlightSpan {
  fact_id: string;
  char_start: number; // evidence (sentence) span
  char_end: number;
  value_start: number; // the number as written, normally inside the evidence span
  value_end: number;
}

export type SegmentKind = 'plain' | 'evidence' | 'value';

/**
 * One run of text with a single highlight state. Segments are ordered, do not overlap and
 * concatenate back to the full text. `factIds` lists every fact whose evidence or value
 * covers the run (document order of the facts' starts); `valueFactIds` the subset whose
 * number covers it (non-empty exactly when kind is 'value').
 */
export interface Segment {
  text: string;
  start: number;
  end: number;
  kind: SegmentKind;
  factIds: string[];
  valueFactIds: string[];
}

export interface HighlightState {
  segments: Segment[];
  /** Facts whose spans were unusable (empty, reversed, outside the text): kept, not highlighted. */
  skipped: string[];
  /** First segment index of each fact's evidence span (for scroll-into-view and anchors). */
  firstSegment: Map<string, number>;
}
