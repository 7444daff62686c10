/**
 * The dashboard's URL state: a versioned public API (like OWID grapher's query params).
 * Every key of UrlState is one query parameter of the same name.
 */
export const VIEWS = ['compare', 'trend', 'coverage', 'document'] as const;
export type View = (typeof VIEWS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Compare values as reported (null) or per 10,000 residents ('capita', from sourced population figures). */
export const PER_VALUES = ['capita'] as const;
export type Per = (typeof PER_VALUES)[number];

/** 'latest' = each jurisdiction's latest available year; otherwise the chosen years, ascending. */
export type YearSelection = 'latest' | number[];

export interface UrlState {
  view: View;
  indicator: string | null; // taxonomy id; null = the data's default indicator
  year: YearSelection;
  jurisdictions: string[]; // jurisdiction ids; [] = all
  lang: Lang | null; // null = from navigator.language
  embed: boolean;
  doc: string | null; // Document view: doc_file
  fact: string | null; // Document view: fact_id to highlight
  per: Per | null; // Compare: 'capita' = per 10,000 residents; null = as reported
}

/** Current version of the URL format; bumped when a migration is added. */
export const URL_VERSION = 1;

export const DEFAULT_STATE: UrlState = {
  view: 'compare',
  indicator: null,
  year: 'latest',
  jurisdictions: [],
  lang: null,
  embed: false,
  doc: null,
  fact: null,
  per: null,
};
