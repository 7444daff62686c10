import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEval, runEval } from '../../src/lib/eval/run.ts';
import { readCorpus } from '../../scripts/lib/corpus.ts';

const ROOT = resolve(__dirname, '../..');

async function evaluate(corpus: string, goldDir: string) {
  const read = (f: string) => readFile(join(ROOT, goldDir, f), 'utf8');
  const gold = { documents: await read('documents.csv'), facts: await read('facts.csv'), indicators: await read('indicators.csv') };
  return runEval(await readCorpus(join(ROOT, corpus)), gold);
}

describe('extraction evaluation (default path: detected metadata)', () => {
  it('sample corpus: precision, recall and headline accuracy ≥ 0.95', async () => {
    const r = await evaluate('../shared/corpus', '../shared/gold');
    const report = formatEval(r);
    expect(report.split('\n').pop()).toMatch(/^precision=\d\.\d{3} recall=\d\.\d{3} headline=\d\.\d{3}$/);
    expect(r.extraction.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(r.extraction.recall, report).toBeGreaterThanOrEqual(0.95);
    expect(r.extraction.headline, report).toBeGreaterThanOrEqual(0.95);
  });

  it('dev corpus: precision ≥ 0.95, recall ≥ 0.90, headline ≥ 0.90', async () => {
    const r = await evaluate('../shared/dev/corpus', '../shared/dev/gold');
    const report = formatEval(r);
    expect(r.extraction.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(r.extraction.recall, report).toBeGreaterThanOrEqual(0.9);
    expect(r.extraction.headline, report).toBeGreaterThanOrEqual(0.9);
  });
});
