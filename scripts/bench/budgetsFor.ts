import { judge, type BudgetResult } from '../../src/lib/bench/budgets.ts';
import type { BrowserResult } from './browser/browserBench.ts';
import type { IngestBench } from './ingestBench.ts';

/**
 * The budgets applied to measured results. Sizes ≤ 1 M facts (and the bundled data)
 * carry the load-ratio budgets and the 50 ms interaction budget; larger sizes the 300 ms one.
 */
export const LIMITS = {
  firstChartToFloor: 0.5,
  interactiveToFloor: 1.2,
  interactionP95SmallMs: 50,
  interactionP95LargeMs: 300,
  appJsGzipKb: 150,
  ingestMbPerSecPerCore: 2,
  memoryGrowth: 1.25, // peak RSS, largest ÷ smallest corpus (4× more reports)
} as const;

export interface SizeResult {
  size: string;
  facts: number | null; // null for bundled until counted
  browser: BrowserResult | null;
  error?: string;
}

export function budgetsFor(sizes: readonly SizeResult[], ingest: IngestBench | null): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const s of sizes) {
    const small = s.size === 'bundled' || (s.facts ?? 0) <= 1_000_000;
    const b = s.browser;
    const note = s.error ? `error: ${s.error.replace(/\s+/g, ' ').slice(0, 60)}` : undefined;
    if (small) {
      out.push(judge({ id: `${s.size}.firstChart`, what: `${s.size}: cold first chart / floor`, measured: b?.ratios.coldFirstChartToFloor ?? null, limit: LIMITS.firstChartToFloor, unit: '×', kind: 'max', note: note ?? (b ? `${b.cold.firstChart.median.toFixed(0)} / ${b.floor.cold.median.toFixed(0)} ms` : undefined) }));
      out.push(judge({ id: `${s.size}.interactive`, what: `${s.size}: cold interactive / floor`, measured: b?.ratios.coldInteractiveToFloor ?? null, limit: LIMITS.interactiveToFloor, unit: '×', kind: 'max', note: note ?? (b ? `${b.cold.interactive.median.toFixed(0)} / ${b.floor.cold.median.toFixed(0)} ms` : undefined) }));
    }
    const limit = small ? LIMITS.interactionP95SmallMs : LIMITS.interactionP95LargeMs;
    for (const name of ['changeIndicator', 'changeYear', 'changeJurisdiction', 'openCoverage', 'toggleTrend'] as const) {
      const r = b?.interactions[name];
      const measured = r && r.summary.n > 0 ? r.summary.p95 : null;
      out.push(judge({ id: `${s.size}.${name}`, what: `${s.size}: ${name} p95`, measured, limit, unit: 'ms', kind: 'max', note: r?.errors.length ? `${r.errors.length} errors: ${r.errors[0]!.slice(0, 50)}` : note }));
    }
    if (s.size === 'bundled') {
      out.push(judge({ id: 'appJs', what: 'app JS loaded, gzip (excl. DuckDB files)', measured: b?.transfer ? b.transfer.jsGzipBytes / 1024 : null, limit: LIMITS.appJsGzipKb, unit: 'KB', kind: 'max', note }));
    }
  }
  const runs = ingest?.runs.filter((r) => r.exitCode === 0) ?? [];
  const largest = runs.at(-1);
  out.push(judge({ id: 'ingest.throughput', what: 'ingest throughput per core', measured: largest?.mbPerSecPerCore ?? null, limit: LIMITS.ingestMbPerSecPerCore, unit: 'MB/s', kind: 'min', note: largest ? `${largest.reports} reports, ${largest.reportsPerSecPerCore.toFixed(1)} reports/s/core` : ingest?.runs[0]?.error?.slice(0, 60) }));
  out.push(judge({ id: 'ingest.memory', what: 'ingest peak RSS growth (largest/smallest corpus)', measured: ingest?.memoryGrowth ?? null, limit: LIMITS.memoryGrowth, unit: '×', kind: 'max', note: runs.length >= 2 ? runs.map((r) => `${r.reports}: ${r.peakRssMb.toFixed(0)} MB`).join(', ') : undefined }));
  return out;
}
