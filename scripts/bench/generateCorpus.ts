import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { synthReport } from '../../src/lib/bench/synthCorpus.ts';

/**
 * Write `count` report-like texts to `dir` (reports 0..count-1 of the seed), skipping files
 * already there, so the 2,500-report corpus is the first quarter of the 10,000 one.
 */
export async function generateCorpus(dir: string, count: number, seed = 20_260_101): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const existing = new Set(await readdir(dir));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = synthReport(seed, i);
    const data = Buffer.from(r.text, 'utf8');
    bytes += data.length;
    if (!existing.has(r.fileName)) await writeFile(join(dir, r.fileName), data);
  }
  return { files: count, bytes };
}
