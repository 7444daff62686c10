import { isManifestName, parseManifest, type Manifest } from '../ingest/manifest.ts';
import { readInput } from '../ingest/readInput.ts';
import { TablesBuilder, type BuildOptions, type InputFile } from './builder.ts';
import type { CheckRow, DocumentRow, FactRow, Tables } from './types.ts';
import { finishChecks } from '../checks/runChecks.ts';
import { compareCodePoints } from './order.ts';

export type { BuildOptions, InputFile } from './builder.ts';

export interface BuildResult {
  tables: Tables;
  /** Problems that belong to no single document (e.g. a malformed manifest.csv). */
  issues: string[];
}

export const byName = (a: { name: string }, b: { name: string }) => compareCodePoints(a.name, b.name);

/** manifest.csv from its bytes (any supported encoding); problems become issues, never errors. */
export function readManifest(file: InputFile | undefined): Manifest {
  if (!file) return { overrides: new Map(), issues: [] };
  if (file.readError !== undefined) return { overrides: new Map(), issues: [`${file.name}: cannot read the file (${file.readError}); ignored`] };
  const decoded = readInput('manifest.txt', file.bytes);
  if (decoded.status !== 'ok') return { overrides: new Map(), issues: [`${file.name}: ${decoded.message}; ignored`] };
  return parseManifest(decoded.text);
}

/**
 * Input files → the five published tables. Pure (no fs, no node:crypto), so the CLI, the
 * eval and the browser share it. Every file except manifest.csv gets a documents row;
 * files are processed in name order (code points), which decides which copy is the duplicate.
 */
export function buildTablesWithIssues(files: InputFile[], options: BuildOptions = {}): BuildResult {
  const sorted = [...files].sort(byName);
  const builder = new TablesBuilder(options, readManifest(sorted.find((f) => isManifestName(f.name))));
  const documents: DocumentRow[] = [];
  const facts: FactRow[] = [];
  const checks: CheckRow[] = [];
  for (const f of sorted) {
    if (isManifestName(f.name)) continue;
    const r = builder.add(f);
    documents.push(r.document);
    facts.push(...r.facts);
    checks.push(...r.checks);
  }
  const rest = builder.finish();
  return {
    tables: { documents, jurisdictions: rest.jurisdictions, indicators: rest.indicators, facts, checks: finishChecks([...checks, ...rest.checks]) },
    issues: rest.issues,
  };
}

/** The tables alone (see buildTablesWithIssues for file-independent problems). */
export function buildTables(files: InputFile[], options: BuildOptions = {}): Tables {
  return buildTablesWithIssues(files, options).tables;
}
