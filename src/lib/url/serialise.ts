/**
 * UrlState → query string, omitting defaults so URLs stay short and stable. Parameters that only
 * matter to one view (doc, fact) are written only for that view.
 */
import { DEFAULT_STATE, type UrlState } from './state.ts';

export function toSearchParams(state: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.indicator !== null) p.set('indicator', state.indicator);
  if (state.year !== 'latest' && state.year.length > 0) p.set('year', state.year.join(','));
  if (state.jurisdictions.length > 0) p.set('jurisdictions', state.jurisdictions.join(','));
  if (state.lang !== null) p.set('lang', state.lang);
  if (state.embed) p.set('embed', '1');
  if (state.per !== null) p.set('per', state.per);
  if (state.view === 'document') {
    if (state.doc !== null) p.set('doc', state.doc);
    if (state.fact !== null) p.set('fact', state.fact);
  }
  return p;
}

/** `?a=1&b=2` (or '' when everything is default). Commas, slashes, @ and : are kept readable (all legal in a query). */
export function serialiseUrlState(state: UrlState): string {
  const s = toSearchParams(state)
    .toString()
    .replace(/%2C/gi, ',')
    .replace(/%2F/gi, '/')
    .replace(/%40/gi, '@')
    .replace(/%3A/gi, ':');
  return s === '' ? '' : `?${s}`;
}
