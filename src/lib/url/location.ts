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
 * Interactions write the URL after the next paint, not in the input handler: `pushState` saves the
 * scroll position, which makes Chromium lay out the page there and then (measured: 14–45 ms with the
 * national jurisdiction list open). Writes in one frame coalesce into one history entry (push wins).
 */
let pending: { state: UrlState; mode: 'push' | 'replace' } | null = null;

export function writeUrlStateSoon(state: UrlState, mode: 'push' | 'replace'): void {
  const first = pending === null;
  pending = { state, mode: pending?.mode === 'push' ? 'push' : mode };
  if (!first) return;
  // After paint: a frame, then a task. The timer alone covers hidden tabs, where frames don't run.
  requestAnimationFrame(() => setTimeout(flushUrlState, 0));
  setTimeout(flushUrlState, 250);
}

/** Write a pending URL now (e.g. before reading the address bar). */
export function flushUrlState(): void {
  if (!pending) return;
  const { state, mode } = pending;
  pending = null;
  writeUrlState(state, mode);
}

/** Drop a pending write: back/forward moved to another entry, which is now the state. */
export function cancelUrlState(): void {
  pending = null;
}
