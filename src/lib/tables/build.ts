import { detectMetadata } from '../extract/metadata.ts';
import { extractFacts } from '../extract/facts.ts';
import { INDICATORS } from '../taxonomy/taxonomy.ts';
import { factId, jurisdictionId, type DocumentRow, type FactRow, type Tables } from './types.ts';

/** One input file as read from disk (or uploaded): its name relative to the corpus and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * MINIMAL VERSION (the ingest work replaces it): decode, detect metadata, extract facts.
 * Pure: no fs, so the same pipeline runs in the CLI, the eval and tests.
 */
export function buildTables(files: InputFile[]): Tables {
  const documents: DocumentRow[] = [];
  const facts: FactRow[] = [];
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const text = new TextDecoder('utf-8').decode(f.bytes).replace(/^\ufeff/, '');
    const meta = detectMetadata(text);
    const jid = meta.jurisdiction ? jurisdictionId(meta.province, meta.parent, meta.jurisdiction) : null;
    const extracted = meta.doc_type === 'work_plan' ? [] : extractFacts(text, meta);
    for (const e of extracted) facts.push({ ...e, fact_id: factId(f.name, e.value_start, e.indicator_id), doc_file: f.name, jurisdiction_id: jid });
    documents.push({
      ...meta, doc_file: f.name, status: extracted.length ? 'ok' : 'no_facts', message: '', sha256: '', bytes: f.bytes.length,
      encoding: 'utf-8', format: 'txt', duplicate_of: null, jurisdiction_id: jid, meta_source: 'text',
      n_facts: extracted.length, char_count: text.length, text,
    });
  }
  return { documents, jurisdictions: [], indicators: INDICATORS, facts, checks: [] };
}
