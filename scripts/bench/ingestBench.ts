import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus } from './generateCorpus.ts';
import { measureProcess, type ProcessMeasure } from './measureProcess.ts';

/**
 * Ingest throughput and memory: run the real ingest CLI (a separate process, as a user
 * would) on generated corpora of two sizes and compare peak RSS, to show memory is flat
 * in the number of reports (or not).
 */
export interface IngestRun {
  reports: number;
  mb: number;
  exitCode: number;
  wallSeconds: number;
  cpuSeconds: number;
  mbPerSecPerCore: number; // MB of input per CPU-second (user + sys): throughput per core
  reportsPerSecPerCore: number;
  peakRssMb: number;
  rssSamplesMb: number[];
  error?: string;
}

export interface IngestBench {
  runs: IngestRun[];
  /** peak RSS of the largest run ÷ that of the smallest: ≈ 1 when memory is flat. */
  memoryGrowth: number | null;
}

export const INGEST_CLI = 'scripts/ingest.ts';

export async function runIngestBench(root: string, outRoot: string, sizes: readonly number[]): Promise<IngestBench> {
  const runs: IngestRun[] = [];
  for (const n of sizes) {
    const corpus = join(outRoot, 'corpus', String(n));
    const { bytes } = await generateCorpus(corpus, n);
    const out = join(outRoot, 'ingest-out', String(n));
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    const m: ProcessMeasure = await measureProcess(process.execPath, ['--import', 'tsx', INGEST_CLI, '--corpus', corpus, '--out', out], { cwd: root });
    const mb = bytes / 1e6;
    runs.push({
      reports: n, mb, exitCode: m.exitCode, wallSeconds: m.wallSeconds, cpuSeconds: m.cpuSeconds,
      mbPerSecPerCore: mb / Math.max(m.cpuSeconds, 1e-3), reportsPerSecPerCore: n / Math.max(m.cpuSeconds, 1e-3),
      peakRssMb: m.peakRssMb, rssSamplesMb: m.rssSamplesMb.filter((_, i) => i % 5 === 0).map((v) => Math.round(v)),
      ...(m.exitCode === 0 ? {} : { error: m.stderrTail }),
    });
    console.log(`ingest ${n} reports (${mb.toFixed(1)} MB): exit ${m.exitCode}, ${m.wallSeconds}s wall, ${m.cpuSeconds.toFixed(1)}s CPU, peak ${m.peakRssMb.toFixed(0)} MB`);
    if (m.exitCode !== 0) console.log(m.stderrTail);
  }
  const ok = runs.filter((r) => r.exitCode === 0);
  const memoryGrowth = ok.length >= 2 ? ok[ok.length - 1]!.peakRssMb / ok[0]!.peakRssMb : null;
  return { runs, memoryGrowth };
}
