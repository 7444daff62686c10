/**
 * The width a chart is laid out at, without forcing a synchronous layout. Svelte's `bind:clientWidth`
 * reads `clientWidth` when a chart mounts, which makes the browser lay out the whole page in the middle
 * of an update (measured: 20–30 ms of a 50 ms interaction at national scale). Every chart sits in the
 * same column, so the width the last chart saw is the best first guess for the next one; a
 * ResizeObserver (whose entries come after layout, at no extra cost) corrects it when it differs.
 */
import type { Attachment } from 'svelte/attachments';

let lastWidth = 0;

/** `{@attach trackWidth((w) => (width = w))}` on the chart's box (no padding: content width = clientWidth). */
export function trackWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (el) => {
    // Only the first chart of the page measures synchronously (the page is small then).
    if (lastWidth === 0) lastWidth = el.clientWidth;
    set(lastWidth);
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (w <= 0) return; // hidden (e.g. another tab panel): keep the last width
      lastWidth = w;
      set(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  };
}
