/** Reading and writing the URL state against window.location/history (the only impure part). */
import { migrateParams } from './migrations.ts';
import { parseUrlState, type UrlNotice } from './params.ts';
import { serialiseUrlState } from './serialise.ts';
import type { UrlState } from './state.ts';

export function readUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  return parseUrlState(migrateParams(new URLSearchParams(search)));
}

/** pushState for navigation (new view, indicator…), replaceState for refinements and fixes. */
export function writeUrlState(state: UrlState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serialiseUrlState(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * Interactions write the URL once the page is idle after the update, not in the input handler:
 * `pushState` saves the scroll position, which makes Chromium lay out the page there and then (measured:
 * 14–45 ms with the national jurisdiction list open, a few ms otherwise). Writes before then coalesce
 * into one history entry (push wins). The timeout bounds the wait on a busy page.
 */
let pending: { state: UrlState; mode: 'push' | 'replace' } | null = null;

export function writeUrlStateSoon(state: UrlState, mode: 'push' | 'replace'): void {
  const first = pending === null;
  pending = { state, mode: pending?.mode === 'push' ? 'push' : mode };
  if (!first) return;
  const g = globalThis as typeof globalThis & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };
  if (g.requestIdleCallback) g.requestIdleCallback(flushUrlState, { timeout: 200 });
  else setTimeout(flushUrlState, 50);
}

/** Write the pending URL, if any. */
function flushUrlState(): void {
  if (!pending) return;
  const { state, mode } = pending;
  pending = null;
  writeUrlState(state, mode);
}

/** Drop a pending write: back/forward moved to another entry, which is now the state. */
export function cancelUrlState(): void {
  pending = null;
}
