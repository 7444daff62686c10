/**
 * npm run ingest -- [--corpus <dir>] [--out <dir>] [--reference <population.csv>]
 *
 * Reads every file of the corpus folder, builds the five tables (src/lib/tables/builder.ts)
 * and writes them as Parquet. Defaults, relative to the project root: ../shared/corpus → data/.
 * Files stream through one at a time (read, decode, extract, stage in DuckDB), so memory does
 * not grow with the corpus' text. The population reference CSV (default ../shared/reference/population.csv
 * when it exists; none → an empty population table) becomes data/population.parquet. File-level problems never fail the run (each file gets a
 * status); the exit code is non-zero only when there is no usable corpus folder (2) or the
 * output cannot be written (1).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isManifestName } from '../src/lib/ingest/manifest.ts';
import { buildPopulationTable } from '../src/lib/reference/populationTable.ts';
import { readManifest } from '../src/lib/tables/build.ts';
import { createHash } from 'node:crypto';
import { TablesBuilder } from '../src/lib/tables/builder.ts';
import type { CheckRow } from '../src/lib/tables/types.ts';
import { listCorpus, readCorpusFile } from './lib/corpus.ts';
import { ParquetTablesWriter } from './lib/parquet.ts';
import { formatSummary } from './lib/summary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run ingest -- [--corpus <dir>] [--out <dir>] [--reference <population.csv>]';

interface Args {
  corpus: string;
  out: string;
  reference: string | null; // population CSV; null = none
  referenceGiven: boolean; // named on the command line: then it must exist
}

const DEFAULT_REFERENCE = resolve(ROOT, '../shared/reference/population.csv');

function parseArgs(argv: string[]): Args | { message: string; code: number } {
  const args: Args = {
    corpus: resolve(ROOT, '../shared/corpus'),
    out: resolve(ROOT, 'data'),
    reference: existsSync(DEFAULT_REFERENCE) ? DEFAULT_REFERENCE : null,
    referenceGiven: false,
  };
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const eq = flag.indexOf('=');
    const [name, inline] = eq > 0 ? [flag.slice(0, eq), flag.slice(eq + 1)] : [flag, undefined];
    if (name === '--help' || name === '-h') return { message: USAGE, code: 0 };
    if (name !== '--corpus' && name !== '--out' && name !== '--reference') return { message: `unknown option ${flag}\n${USAGE}`, code: 2 };
    const value = inline ?? argv[++i];
    if (!value) return { message: `${name} needs a ${name === '--reference' ? 'file' : 'folder'}\n${USAGE}`, code: 2 };
    if (name === '--reference') [args.reference, args.referenceGiven] = [resolve(cwd, value), true];
    else args[name === '--corpus' ? 'corpus' : 'out'] = resolve(cwd, value);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('message' in args) {
    (args.code ? console.error : console.log)(args.message);
    return args.code;
  }
  if (!existsSync(args.corpus) || !statSync(args.corpus).isDirectory()) {
    console.error(`corpus folder not found: ${args.corpus} (nothing written)`);
    return 2;
  }
  if (args.referenceGiven && (!args.reference || !existsSync(args.reference) || !statSync(args.reference).isFile())) {
    console.error(`reference file not found: ${args.reference} (nothing written)`);
    return 2;
  }
  const listing = await listCorpus(args.corpus);
  const manifestName = listing.names.find(isManifestName);
  const manifest = readManifest(manifestName ? await readCorpusFile(args.corpus, manifestName) : undefined);

  let writer: ParquetTablesWriter;
  try {
    writer = await ParquetTablesWriter.open(args.out);
  } catch (e) {
    console.error(`cannot write the tables to ${args.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const builder = new TablesBuilder({ sha256: (bytes) => createHash('sha256').update(bytes).digest('hex') }, manifest);
  let nFacts = 0;
  const checkStatus: { status: CheckRow['status'] }[] = [];
  try {
    for (const name of listing.names) {
      if (isManifestName(name)) continue;
      const { document, facts, checks } = builder.add(await readCorpusFile(args.corpus, name));
      await writer.append(document, facts, checks);
      for (const c of checks) checkStatus.push({ status: c.status });
      nFacts += facts.length;
    }
  } catch (e) {
    await writer.abort();
    console.error(`cannot write the tables to ${args.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const rest = builder.finish();
  console.log(`corpus: ${args.corpus}`);
  console.log(formatSummary({ documents: builder.documents, checks: [...checkStatus, ...rest.checks], nFacts, nJurisdictions: rest.jurisdictions.length, nIndicators: rest.indicators.length }, [...listing.notes, ...rest.issues]));
  const population = args.reference ? buildPopulationTable(readFileSync(args.reference), rest.jurisdictions) : { rows: [], issues: [] };
  console.log(
    args.reference
      ? `reference: ${args.reference}: ${population.rows.length} population rows (${population.rows.filter((r) => r.jurisdiction_id).length} matched)`
      : 'reference: none (population table empty)',
  );
  for (const issue of population.issues) console.log(`  ${issue}`);
  try {
    const written = await writer.finish(rest, population.rows);
    console.log(`wrote ${written.length} tables to ${args.out}`);
    return 0;
  } catch (e) {
    console.error(`cannot write the tables to ${args.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exitCode = await main();
