import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy, encodeUtf16, garbage } from '../lib/ingest/encodeFixtures.ts';
import { PROJECT_ROOT, readParquetFile, SHARED_CORPUS } from './ingestHelpers.ts';

const run = promisify(execFile);

/** Runs the CLI; resolves with its exit code and output instead of throwing on non-zero. */
async function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/ingest.ts', ...args], { cwd: PROJECT_ROOT, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let work: string;
let corpus: string;
let out: string;
let result: { code: number; stdout: string; stderr: string };
const real: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
  corpus = join(work, 'corpus');
  out = join(work, 'out');
  await mkdir(corpus);
  // Copies of the shared corpus, made at test time (never committed), plus synthetic bad files.
  for (const name of (await readdir(SHARED_CORPUS)).sort()) {
    await copyFile(join(SHARED_CORPUS, name), join(corpus, name));
    real.push(name);
  }
  const text2 = await readFile(join(SHARED_CORPUS, real[2]!), 'utf8');
  const text4 = await readFile(join(SHARED_CORPUS, real[4]!), 'utf8');
  await copyFile(join(SHARED_CORPUS, real[0]!), join(corpus, 'zz_copy_of_000.txt'));
  await writeFile(join(corpus, 'x_gb18030_dup.txt'), encodeLegacy(text2, 'gb18030'));
  await writeFile(join(corpus, 'x_utf16.txt'), encodeUtf16(`${text4}\n（UTF-16 副本）`, 'le', true));
  await writeFile(join(corpus, 'x_page.html'), `<html><head><title>t</title><script>var a=1</script></head><body><nav>首页</nav>${text4.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}<p>（HTML 副本）</p></body></html>`);
  await writeFile(join(corpus, 'x_report.pdf'), '%PDF-1.4 fake');
  await writeFile(join(corpus, 'x_empty.txt'), '');
  await writeFile(join(corpus, 'x_garbage.txt'), garbage(5000));
  await writeFile(join(corpus, 'manifest.csv'), `file,report_year,published\n${real[1]},2018,2020-04-01\n`);
  await mkdir(join(corpus, 'subfolder'));
  result = await ingest(['--corpus', corpus, '--out', out]);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run ingest (CLI)', () => {
  it('exits 0 and writes the five tables and the population reference table', async () => {
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['checks.parquet', 'documents.parquet', 'facts.parquet', 'indicators.parquet', 'jurisdictions.parquet', 'population.parquet']);
  });

  it('lists every input file (except the manifest) with the right status', async () => {
    const docs = (await readParquetFile(join(out, 'documents.parquet'))).rows;
    const inputs = (await readdir(corpus, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== 'manifest.csv').map((e) => e.name).sort();
    expect(docs.map((d) => d.doc_file)).toEqual(inputs);
    const status = Object.fromEntries(docs.map((d) => [d.doc_file, [d.status, d.encoding]]));
    for (const name of real) expect(['ok', 'no_facts']).toContain(status[name]![0]);
    expect(status['zz_copy_of_000.txt']).toEqual(['duplicate', 'utf-8']);
    expect(status['x_gb18030_dup.txt']).toEqual(['duplicate', 'gb18030']);
    expect(status['x_utf16.txt']![1]).toBe('utf-16le');
    expect(['ok', 'no_facts']).toContain(status['x_utf16.txt']![0]);
    expect(['ok', 'no_facts']).toContain(status['x_page.html']![0]);
    expect(status['x_report.pdf']).toEqual(['unreadable', null]);
    expect(status['x_empty.txt']).toEqual(['empty', null]);
    expect(status['x_garbage.txt']).toEqual(['unreadable', null]);
    const dup = docs.find((d) => d.doc_file === 'zz_copy_of_000.txt')!;
    expect(dup.duplicate_of).toBe(real[0]);
    const page = docs.find((d) => d.doc_file === 'x_page.html')!;
    expect(page.text).not.toContain('var a=1');
    expect(page.text).not.toContain('首页');
  });

  it('applies manifest.csv', async () => {
    const docs = (await readParquetFile(join(out, 'documents.parquet'))).rows;
    const d = docs.find((r) => r.doc_file === real[1])!;
    expect(d).toMatchObject({ report_year: 2018, published: '2020-04-01', meta_source: 'text+manifest' });
  });

  it('prints one summary line per file, totals and notes', () => {
    const lines = result.stdout.split('\n');
    for (const name of [...real, 'zz_copy_of_000.txt', 'x_report.pdf', 'x_empty.txt', 'x_garbage.txt']) {
      expect(lines.some((l) => l.startsWith(name)), name).toBe(true);
    }
    expect(result.stdout).toMatch(/files: 12 \(/);
    expect(result.stdout).toMatch(/checks: \d+ \(\d+ pass, \d+ fail\)/);
    expect(result.stdout).toContain('subfolder/: subfolder skipped');
  });

  it('exits 1 when the output cannot be written, 2 for a missing corpus or a bad option', async () => {
    const blocker = join(work, 'not-a-dir');
    await writeFile(blocker, 'x');
    const r = await ingest(['--corpus', corpus, '--out', join(blocker, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot write the tables');
    const missing = await ingest(['--corpus', join(work, 'nope'), '--out', join(work, 'out2')]);
    expect(missing.code).toBe(2);
    await expect(readdir(join(work, 'out2'))).rejects.toThrow();
    const bad = await ingest(['--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --bogus');
  }, 120_000);
});
