/**
 * npm run bench [-- --quick] [-- --sizes=bundled,1m,10m] [-- --skip=ingest,browser,range] …
 * (options: scripts/bench/args.ts). Not a unit test: measures the production build in headless
 * Chromium against a floor page, on the bundled data and on seeded synthetic datasets; ingest
 * throughput and memory on a generated corpus; the range-read scale path. Writes
 * test/bench/results.json (full run; --quick → results-quick.json, other partial runs →
 * results-partial.json) and prints a PASS/FAIL table. Generated data lives in test/bench/out/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBudgetTable } from '../src/lib/bench/budgets.ts';
import { parseBenchArgs, parseSize } from './bench/args.ts';
import { benchSite } from './bench/browser/browserBench.ts';
import { jsWeight, type JsWeight } from './bench/browser/transfer.ts';
import { budgetsFor, type SizeResult } from './bench/budgetsFor.ts';
import { buildSites } from './bench/buildSites.ts';
import { defaultSynthOptions, generateData } from './bench/generateData.ts';
import { INGEST_CLI, runIngestBench, type IngestBench } from './bench/ingestBench.ts';
import { measureProcess } from './bench/measureProcess.ts';
import { runRangeDemo, type RangeDemo } from './bench/rangeDemo.ts';
import { printSections } from './bench/report.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT = join(ROOT, 'test/bench/out');
/** Only the default full run writes results.json; --quick and partial runs write beside it. */
function resultsFile(argv: readonly string[]): string {
  const name = argv.length === 0 ? 'results.json' : argv.includes('--quick') ? 'results-quick.json' : 'results-partial.json';
  return join(ROOT, 'test/bench', name);
}
const GENERATOR_FILES = ['random.ts', 'synthNames.ts', 'synthJurisdictions.ts', 'synthProportions.ts', 'synthValues.ts', 'synthDocuments.ts'];

/** Regenerate only when the options or the generator's code changed. */
function dataKey(target: number): string {
  const h = createHash('sha1').update(JSON.stringify({ ...defaultSynthOptions(target), indicators: defaultSynthOptions(target).indicators.map((i) => i.indicator_id) }));
  for (const f of GENERATOR_FILES) h.update(readFileSync(join(ROOT, 'src/lib/bench', f)));
  h.update(readFileSync(join(ROOT, 'src/lib/tables/schema.ts')));
  return h.digest('hex');
}

async function ensureData(size: string, regen: boolean): Promise<{ dir: string; facts: number; seconds: number | null }> {
  const target = parseSize(size);
  const dir = join(OUT, `data-${size}`);
  const keyFile = join(dir, '.key');
  const key = dataKey(target);
  if (!regen && existsSync(keyFile) && (await readFile(keyFile, 'utf8')) === key) {
    const meta = JSON.parse(await readFile(join(dir, 'rows.json'), 'utf8')) as Record<string, number>;
    return { dir, facts: meta['facts']!, seconds: null };
  }
  console.log(`generating synthetic data ${size} (${target} facts) → ${dir}`);
  const g = await generateData(dir, defaultSynthOptions(target));
  await writeFile(join(dir, 'rows.json'), JSON.stringify(g.rows));
  await writeFile(keyFile, key);
  console.log(`  ${JSON.stringify(g.rows)} in ${g.seconds.toFixed(1)} s`);
  return { dir, facts: g.rows['facts']!, seconds: g.seconds };
}

/**
 * The bundled data: data/ as the site ships it. If data/ has no tables yet, the shared sample
 * corpus is ingested with the project's own CLI into test/bench/out/data-bundled instead.
 */
async function bundledData(): Promise<{ dir: string | null; facts: number | null }> {
  if (existsSync(join(ROOT, 'data/facts.parquet'))) return { dir: null, facts: await countFacts(join(ROOT, 'data/facts.parquet')) };
  const dir = join(OUT, 'data-bundled');
  console.log(`data/ has no tables: ingesting ../shared/corpus into ${dir}`);
  const m = await measureProcess(process.execPath, ['--import', 'tsx', INGEST_CLI, '--out', dir], { cwd: ROOT });
  if (m.exitCode !== 0) throw new Error(`ingest of the shared corpus failed: ${m.stderrTail}`);
  return { dir, facts: await countFacts(join(dir, 'facts.parquet')) };
}

async function countFacts(p: string): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  const n = (await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${p}')`)).getRowObjects()[0]!['n'] as number;
  conn.closeSync();
  inst.closeSync();
  return n;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const RESULTS = resultsFile(process.argv.slice(2));
  const t0 = performance.now();
  const sizes: SizeResult[] = [];
  // The machine is shared: the 1-minute load average is recorded so noisy runs can be recognised.
  const load: { at: string; load1: number }[] = [];
  const noteLoad = (at: string) => load.push({ at, load1: Math.round(loadavg()[0]! * 100) / 100 });
  noteLoad('start');
  const generation: Record<string, { facts: number; seconds: number | null }> = {};
  const jsWeights: Record<string, JsWeight> = {};
  const optsFor = (facts: number | null) => {
    // Above 2 M facts a load takes tens of seconds: fewer repeats keep the full run near 20 min.
    const big = (facts ?? 0) > 2_000_000;
    return {
      coldRuns: big ? Math.min(args.cold, 3) : args.cold, warmRuns: big ? Math.min(args.warm, 2) : args.warm,
      interactionRepeats: big ? Math.min(args.interactions, 10) : args.interactions, timeoutMs: 180_000,
      slowCapMs: args.quick ? 10_000 : 45_000, minSamples: args.quick ? 1 : 3,
    };
  };

  for (const size of args.sizes) {
    const r: SizeResult = { size, facts: null, browser: null };
    sizes.push(r);
    try {
      let dataDir: string | null = null;
      if (size === 'bundled') {
        const d = await bundledData();
        dataDir = d.dir;
        r.facts = d.facts;
      } else {
        const d = await ensureData(size, args.regen);
        dataDir = d.dir;
        r.facts = d.facts;
        generation[size] = { facts: d.facts, seconds: d.seconds };
      }
      if (args.skip.has('browser')) continue;
      console.log(`building app + floor for ${size}`);
      const sites = await buildSites(ROOT, dataDir, join(OUT, `site-${size}`));
      jsWeights[size] = await jsWeight(sites.app);
      console.log(`browser bench ${size}`);
      noteLoad(`browser ${size} start`);
      r.browser = await benchSite(sites, optsFor(r.facts));
      noteLoad(`browser ${size} end`);
    } catch (e) {
      r.error = e instanceof Error ? e.message : String(e);
      console.error(`size ${size} failed: ${r.error.slice(0, 2000)}`);
    }
  }

  let range: RangeDemo | null = null;
  const rangeSize = args.sizes.filter((s) => s !== 'bundled').sort((a, b) => parseSize(a) - parseSize(b)).find((s) => parseSize(s) >= 1e6) ?? args.sizes.filter((s) => s !== 'bundled').at(-1);
  if (!args.skip.has('range') && rangeSize) {
    console.log(`range-read demo on ${rangeSize}`);
    range = await runRangeDemo(join(OUT, `data-${rangeSize}`), join(OUT, `partitioned-${rangeSize}`), 'reconsideration.received').catch((e: unknown) => {
      console.error(`range demo failed: ${String(e)}`);
      return null;
    });
  }

  let ingest: IngestBench | null = null;
  if (!args.skip.has('ingest')) {
    console.log(`ingest bench on ${args.ingestSizes.join(', ')} generated reports`);
    ingest = await runIngestBench(ROOT, OUT, args.ingestSizes);
  }

  const budgets = budgetsFor(sizes, ingest);
  const results = {
    generated_at: new Date().toISOString(),
    args: { ...args, skip: [...args.skip] },
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, load },
    seconds: (performance.now() - t0) / 1000,
    generation, sizes, jsWeights, range, ingest, budgets,
  };
  await writeFile(RESULTS, JSON.stringify(results, null, 1) + '\n');
  printSections(results);
  const busy = load.filter((l) => l.load1 > cpus().length);
  if (busy.length) console.log(`\nWARNING: machine busy during the run (load ${busy.map((l) => `${l.load1} at ${l.at}`).join(', ')} on ${cpus().length} cores): timings are inflated.`);
  console.log('\n' + formatBudgetTable(budgets));
  console.log(`\nresults: ${RESULTS} (${results.seconds.toFixed(0)} s)`);
  if (budgets.some((b) => b.status !== 'PASS')) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error('bench failed:', e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
