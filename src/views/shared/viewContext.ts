/** Inputs every chart view shares, assembled once by the app shell. */
import type { Snapshot } from '../../lib/db/snapshot.ts';
import type { Db, DocumentSummary, IndicatorOption, JurisdictionOption } from '../../lib/db/types.ts';
import type { Lang, YearSelection } from '../../lib/url/state.ts';

export interface ViewContext {
  sources: { snapshot: Snapshot | null; db: Db | null };
  indicator: IndicatorOption | null;
  indicators: IndicatorOption[];
  /** Jurisdictions shown (the URL selection, or all). */
  jurisdictions: JurisdictionOption[];
  /** The URL selection of jurisdiction ids ([] = all). */
  selected: string[];
  years: YearSelection;
  lang: Lang;
  embed: boolean;
  /** Summaries of the documents asked for with needDocs (for source lines); grows as views ask. */
  docs: ReadonlyMap<string, DocumentSummary>;
  /** Ask for the summaries of these documents (batched; no-op for known ones or before the db is ready). */
  needDocs?: (docFiles: readonly string[]) => void;
  dataDate: string | null;
}
