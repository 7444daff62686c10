/**
 * Score the pipeline against gold labels.
 *   npm run eval -- [--corpus <dir>] [--gold <dir>] [--gold-meta]
 * Defaults: ../shared/corpus and ../shared/gold relative to the project root.
 * --gold-meta (development only) feeds gold metadata to the extractor.
 * The last line printed is `precision=P recall=R headline=H`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatEval, runEval } from '../src/lib/eval/run.ts';
import { readCorpus } from './lib/corpus.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpus = resolve(root, argValue(args, '--corpus') ?? '../shared/corpus');
  const goldDir = resolve(root, argValue(args, '--gold') ?? '../shared/gold');
  const read = (f: string) => readFile(join(goldDir, f), 'utf8');
  const gold = { documents: await read('documents.csv'), facts: await read('facts.csv'), indicators: await read('indicators.csv') };
  const result = runEval(await readCorpus(corpus), gold, { goldMeta: args.includes('--gold-meta') });
  console.log(formatEval(result));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
