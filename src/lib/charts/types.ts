/** The contract every chart state fills (OWID's ChartState, reduced). */
import type { ValueRow } from '../db/types.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { BadgeKind } from './notes.ts';

export type EmptyReason = Extract<MessageKey, 'emptyNoRows' | 'emptyAllMissing' | 'emptyNoIndicator'>;

export interface ChartStateBase<S> {
  series: S[];
  notice?: string;
  empty: { reason: EmptyReason } | null;
}

export interface Size {
  width: number;
  height?: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Tick {
  value: number;
  pos: number; // pixel position along the axis
}

/** What every mark carries for its data attributes, tooltip and click-through. */
export interface MarkDatum {
  key: string; // unique within a chart
  jurisdictionId: string;
  nameZh: string; // data-jurisdiction
  label: string; // display label in the current language
  year: number | null;
  value: number | null;
  badges: BadgeKind[];
  row: ValueRow | null;
}

/** Labels are cut to fit a pixel width; the full text stays in the tooltip/aria-label. */
export function truncateLabel(text: string, maxPx: number, fontPx = 12): string {
  let w = 0;
  let out = '';
  for (const ch of text) {
    const cw = /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? fontPx : fontPx * 0.58;
    if (w + cw > maxPx) return out.length > 0 ? `${out.replace(/\s+$/, '')}…` : '…';
    w += cw;
    out += ch;
  }
  return out;
}
