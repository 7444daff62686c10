import { sentenceIndexer } from '../checks/checkHelpers.ts';
import { checkConflictingHeadlines } from '../checks/conflictingHeadline.ts';
import { checkDocument, finishChecks } from '../checks/runChecks.ts';
import { detectMetadata } from '../extract/metadata.ts';
import { extractFacts } from '../extract/facts.ts';
import { englishName } from '../gazetteer/index.ts';
import { applyOverride, type Manifest } from '../ingest/manifest.ts';
import { formatOf, readInput, type ReadInput } from '../ingest/readInput.ts';
import { sha256Hex } from '../ingest/sha256.ts';
import { INDICATORS } from '../taxonomy/taxonomy.ts';
import { HeadlineStore } from './headlineStore.ts';
import { buildJurisdictions, type EnglishName } from './jurisdictions.ts';
import { factId, jurisdictionId, type CheckRow, type DocMeta, type DocumentRow, type ExtractedFact, type FactRow, type Tables } from './types.ts';
import { describeDropped, validateFacts } from './validateFacts.ts';

/** One input file as read from disk (or uploaded): its name relative to the corpus and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** Set when the file exists but could not be read (permissions, I/O): it becomes unreadable. */
  readError?: string;
}

export interface BuildOptions {
  /** Defaults to the project's extractor / metadata detector / taxonomy / gazetteer; tests inject their own. */
  extract?: (text: string, meta: DocMeta) => ExtractedFact[];
  detect?: (text: string) => DocMeta;
  indicators?: Tables['indicators'];
  englishName?: EnglishName;
  /** SHA-256 as lowercase hex. The pure default runs anywhere; the CLI passes node:crypto's, which is faster. */
  sha256?: (bytes: Uint8Array) => string;
}

/** What one file contributes: its documents row, its facts (sorted by offset) and their checks. */
export interface DocumentResult {
  document: DocumentRow;
  facts: FactRow[];
  checks: CheckRow[]; // the checks within this document (unsorted)
}

/** Everything that needs the whole corpus, available once every file was added. */
export interface BuilderSummary {
  jurisdictions: Tables['jurisdictions'];
  indicators: Tables['indicators'];
  checks: CheckRow[]; // the cross-document checks (conflicting headlines), sorted
  issues: string[];
}

const EMPTY_META: DocMeta = { title: null, jurisdiction: null, parent: null, province: null, admin_level: null, doc_type: null, report_year: null, published: null };

/**
 * A copy of a string that does not share memory with the text it was cut from (V8 keeps a
 * whole document alive behind every slice of it). Used for what the builder retains.
 */
function detach<T extends string | null>(s: T): T {
  return (s === null ? null : JSON.parse(JSON.stringify(s))) as T;
}

function slimDocument(d: DocumentRow): DocumentRow {
  return {
    ...d,
    title: detach(d.title), jurisdiction: detach(d.jurisdiction), parent: detach(d.parent), province: detach(d.province),
    published: detach(d.published), message: detach(d.message), jurisdiction_id: detach(d.jurisdiction_id), text: '',
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function unreadableFile(f: InputFile): ReadInput {
  return { format: formatOf(f.name), encoding: null, text: '', status: 'unreadable', message: `cannot read the file: ${f.readError}` };
}

/**
 * Builds the tables one file at a time, so a large corpus can be streamed: after `add`, the
 * caller may write the document and its facts away; the builder keeps only what corpus-wide
 * work needs (documents without text, headline facts in compact columns, a hash per text).
 * Files must be added in name order (code points, see order.ts): the first copy of a text is the original.
 * Pure: no fs, no node:crypto.
 */
export class TablesBuilder {
  private readonly extract: NonNullable<BuildOptions['extract']>;
  private readonly detect: NonNullable<BuildOptions['detect']>;
  private readonly sha256: NonNullable<BuildOptions['sha256']>;
  private readonly indicators: Tables['indicators'];
  private readonly known: ReadonlySet<string> | null;
  private readonly englishName: EnglishName;
  private readonly manifest: Manifest;
  private readonly firstByText = new Map<string, string>();
  private readonly slimDocuments: DocumentRow[] = [];
  private readonly headlines = new HeadlineStore();
  private readonly seen = new Set<string>();

  constructor(options: BuildOptions = {}, manifest: Manifest = { overrides: new Map(), issues: [] }) {
    this.extract = options.extract ?? extractFacts;
    this.detect = options.detect ?? detectMetadata;
    this.sha256 = options.sha256 ?? sha256Hex;
    this.indicators = options.indicators ?? INDICATORS;
    this.known = this.indicators.length ? new Set(this.indicators.map((i) => i.indicator_id)) : null;
    this.englishName = options.englishName ?? englishName;
    this.manifest = manifest;
  }

  add(f: InputFile): DocumentResult {
    this.seen.add(f.name);
    const input = f.readError === undefined ? readInput(f.name, f.bytes) : unreadableFile(f);
    const notes: string[] = input.message ? [input.message] : [];
    let meta = EMPTY_META;
    let status: DocumentRow['status'] = input.status;
    let duplicateOf: string | null = null;
    let extracted: ExtractedFact[] = [];

    if (status === 'ok') {
      try {
        meta = { ...EMPTY_META, ...this.detect(input.text) };
      } catch (e) {
        notes.push(`metadata detection failed: ${errorText(e)}`);
      }
    }
    const applied = applyOverride(meta, this.manifest.overrides.get(f.name));
    meta = applied.meta;
    if (applied.changed.length) notes.push(`manifest set ${applied.changed.join(', ')}`);
    const jid = meta.jurisdiction ? jurisdictionId(meta.province, meta.parent, meta.jurisdiction) : null;

    if (status === 'ok') {
      // Same content saved with other line endings (or another encoding) is still a copy.
      const key = this.sha256(new TextEncoder().encode(input.text.replace(/\r\n?/g, '\n')));
      const first = this.firstByText.get(key);
      if (first !== undefined) {
        status = 'duplicate';
        duplicateOf = first;
        notes.push(`same text as ${first}`);
      } else {
        this.firstByText.set(key, f.name);
        if (!meta.jurisdiction) notes.push('jurisdiction not detected');
        if (meta.doc_type === 'work_plan') notes.push('work plan: not extracted (a plan states targets, not results)');
        else extracted = this.extractChecked(input.text, meta, notes);
        status = extracted.length ? 'ok' : 'no_facts';
        if (!extracted.length && meta.doc_type !== 'work_plan') notes.push('no indicator facts found');
      }
    }

    const facts: FactRow[] = extracted.map((e) => ({ ...e, fact_id: factId(f.name, e.value_start, e.indicator_id), doc_file: f.name, jurisdiction_id: jid }));
    const document: DocumentRow = {
      ...meta,
      doc_file: f.name,
      status,
      message: notes.join('; '),
      sha256: this.sha256(f.bytes),
      bytes: f.bytes.length,
      encoding: input.encoding,
      format: input.format,
      duplicate_of: duplicateOf,
      jurisdiction_id: jid,
      meta_source: applied.changed.length ? 'text+manifest' : 'text',
      n_facts: facts.length,
      char_count: input.text.length,
      text: input.text,
    };

    let checks: CheckRow[] = [];
    if (facts.length) {
      const sentence = sentenceIndexer(input.text);
      checks = checkDocument(facts, (x) => sentence(x.value_start));
      this.headlines.addDocument(f.name, detach(jid));
      for (const x of facts) if (x.role === 'headline') this.headlines.add(x);
    }
    this.slimDocuments.push(slimDocument(document));
    return { document, facts, checks };
  }

  /** Every documents row added so far, without its text. */
  get documents(): readonly DocumentRow[] {
    return this.slimDocuments;
  }

  private extractChecked(text: string, meta: DocMeta, notes: string[]): ExtractedFact[] {
    try {
      const checked = validateFacts(this.extract(text, meta), text, this.known);
      const dropped = describeDropped(checked.dropped);
      if (dropped) notes.push(dropped);
      return checked.facts;
    } catch (e) {
      notes.push(`extraction failed: ${errorText(e)}`);
      return [];
    }
  }

  finish(): BuilderSummary {
    const issues = [...this.manifest.issues];
    for (const name of this.manifest.overrides.keys()) if (!this.seen.has(name)) issues.push(`manifest.csv names ${name}, which is not in the corpus`);
    return {
      jurisdictions: buildJurisdictions(this.slimDocuments, this.englishName),
      indicators: [...this.indicators],
      checks: finishChecks(checkConflictingHeadlines(this.headlines.candidates())),
      issues,
    };
  }
}
