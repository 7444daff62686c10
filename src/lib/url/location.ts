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
