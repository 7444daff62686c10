/**
 * One parser per query parameter. Each returns Parsed<T>: valid, invalid (with the raw text and a
 * reason, shown as a quiet notice) or missing. Parsers only check form; whether an indicator or
 * jurisdiction id exists is checked against the data by the app (see validateAgainstData).
 */
import { DEFAULT_STATE, LANGS, PER_VALUES, VIEWS, type Lang, type Per, type UrlState, type View, type YearSelection } from './state.ts';

export type Parsed<T> =
  | { kind: 'valid'; value: T }
  | { kind: 'invalid'; raw: string; reason: string }
  | { kind: 'missing' };

const valid = <T>(value: T): Parsed<T> => ({ kind: 'valid', value });
const invalid = <T>(raw: string, reason: string): Parsed<T> => ({ kind: 'invalid', raw, reason });
const MISSING = { kind: 'missing' } as const;

type Parser<T> = (raw: string | null) => Parsed<T>;

function oneOf<T extends string>(allowed: readonly T[], name: string): Parser<T> {
  return (raw) => {
    if (raw === null || raw === '') return MISSING;
    const v = raw.trim().toLowerCase();
    return (allowed as readonly string[]).includes(v)
      ? valid(v as T)
      : invalid(raw, `unknown ${name} (expected ${allowed.join(' | ')})`);
  };
}

export const parseView: Parser<View> = oneOf(VIEWS, 'view');
export const parseLang: Parser<Lang> = oneOf(LANGS, 'lang');
/** `per=capita`: Compare per 10,000 residents. */
export const parsePer: Parser<Per> = oneOf(PER_VALUES, 'per');

const INDICATOR_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
export const parseIndicator: Parser<string> = (raw) => {
  if (raw === null || raw === '') return MISSING;
  const v = raw.trim();
  return INDICATOR_ID.test(v) ? valid(v) : invalid(raw, 'not an indicator id (e.g. mediation.disputes)');
};

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const parseYear: Parser<YearSelection> = (raw) => {
  if (raw === null || raw === '') return MISSING;
  const v = raw.trim().toLowerCase();
  if (v === 'latest') return valid('latest');
  const parts = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0) return invalid(raw, 'no year given');
  const years = new Set<number>();
  for (const p of parts) {
    if (!/^\d{4}$/.test(p)) return invalid(raw, `not a year: ${p}`);
    const y = Number(p);
    if (y < MIN_YEAR || y > MAX_YEAR) return invalid(raw, `year out of range: ${p}`);
    years.add(y);
  }
  return valid([...years].sort((a, b) => a - b));
};

// Jurisdiction ids are administrative paths such as 广东省/广州市/花都区 (no commas, no control chars).
const JURISDICTION_ID = /^[^,\u0000-\u001f<>]{1,80}$/u;
export const parseJurisdictions: Parser<string[]> = (raw) => {
  if (raw === null || raw === '') return MISSING;
  const ids = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) return invalid(raw, 'no jurisdiction given');
  const bad = ids.find((id) => !JURISDICTION_ID.test(id));
  if (bad !== undefined) return invalid(raw, `not a jurisdiction id: ${bad}`);
  return valid([...new Set(ids)]);
};

export const parseEmbed: Parser<boolean> = (raw) => {
  if (raw === null || raw === '') return MISSING;
  const v = raw.trim().toLowerCase();
  if (v === '1' || v === 'true') return valid(true);
  if (v === '0' || v === 'false') return valid(false);
  return invalid(raw, 'embed must be 1 or 0');
};

/** doc is a file name of the corpus: no path separators, bounded length. */
export const parseDoc: Parser<string> = (raw) => {
  if (raw === null || raw === '') return MISSING;
  const v = raw.trim();
  return /^[^/\\\u0000-\u001f<>]{1,200}$/u.test(v) && v !== '.' && v !== '..'
    ? valid(v)
    : invalid(raw, 'not a document file name');
};

export const parseFact: Parser<string> = (raw) => {
  if (raw === null || raw === '') return MISSING;
  const v = raw.trim();
  return /^[^\u0000-\u001f<>]{1,300}@\d+:[a-z0-9_.]+$/u.test(v)
    ? valid(v)
    : invalid(raw, 'not a fact id (file@offset:indicator)');
};

/** The compile-time key check: adding a field to UrlState without a parser fails the build. */
type Parsers = { [K in keyof UrlState]-?: Parser<Exclude<UrlState[K], null>> };
export const PARSERS: Parsers = {
  view: parseView,
  indicator: parseIndicator,
  year: parseYear,
  jurisdictions: parseJurisdictions,
  lang: parseLang,
  embed: parseEmbed,
  doc: parseDoc,
  fact: parseFact,
  per: parsePer,
};

export interface UrlNotice {
  param: string;
  raw: string;
  reason: string;
}

export type ParsedUrlState = { [K in keyof UrlState]: Parsed<Exclude<UrlState[K], null>> };

export function parseAll(params: URLSearchParams): ParsedUrlState {
  const out = {} as Record<keyof UrlState, Parsed<unknown>>;
  for (const key of Object.keys(PARSERS) as (keyof UrlState)[]) {
    out[key] = PARSERS[key](params.get(key));
  }
  return out as ParsedUrlState;
}

/**
 * Apply only valid params over the defaults; invalid ones become notices; unknown params are
 * reported too (a typo like `indicater=` should not silently do nothing).
 */
export function parseUrlState(params: URLSearchParams): { state: UrlState; notices: UrlNotice[] } {
  const parsed = parseAll(params);
  const state: UrlState = { ...DEFAULT_STATE, jurisdictions: [...DEFAULT_STATE.jurisdictions] };
  const notices: UrlNotice[] = [];
  for (const key of Object.keys(parsed) as (keyof UrlState)[]) {
    const p = parsed[key];
    if (p.kind === 'valid') (state as unknown as Record<string, unknown>)[key] = p.value;
    else if (p.kind === 'invalid') notices.push({ param: key, raw: p.raw, reason: p.reason });
  }
  for (const key of new Set(params.keys())) {
    if (!(key in PARSERS) && key !== 'v') notices.push({ param: key, raw: params.get(key) ?? '', reason: 'unknown parameter' });
  }
  return { state, notices };
}
