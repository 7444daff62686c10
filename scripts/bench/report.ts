import { formatTable } from '../../src/lib/bench/budgets.ts';
import type { Summary } from '../../src/lib/bench/stats.ts';
import type { JsWeight } from './browser/transfer.ts';
import type { SizeResult } from './budgetsFor.ts';
import type { IngestBench } from './ingestBench.ts';
import type { RangeDemo } from './rangeDemo.ts';

/** Human-readable measurement tables printed before the budget table. */
export interface PrintableResults {
  sizes: SizeResult[];
  jsWeights: Record<string, JsWeight>;
  range: RangeDemo | null;
  ingest: IngestBench | null;
}

const ms = (s: Summary | undefined) => (s && s.n ? `${s.median.toFixed(0)} / ${s.p95.toFixed(0)}` : '—');
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

export function printSections(r: PrintableResults): void {
  const loads: string[][] = [['size', 'facts', 'cold first chart', 'cold interactive', 'warm first chart', 'warm interactive', 'floor cold', 'floor warm', 'ratio first/int (cold)', 'answered by']];
  const inter: string[][] = [['size', 'changeIndicator', 'changeYear', 'changeJurisdiction', 'openCoverage', 'toggleTrend']];
  const bytes: string[][] = [['size', 'JS loaded gzip', 'app JS in build gzip', 'DuckDB workers in build gzip', 'wasm', 'data', 'total transferred', 'requests']];
  for (const s of r.sizes) {
    const b = s.browser;
    if (!b) {
      loads.push([s.size, String(s.facts ?? '—'), s.error ? `ERROR ${s.error.slice(0, 80)}` : 'skipped']);
      continue;
    }
    loads.push([s.size, String(s.facts ?? '—'), ms(b.cold.firstChart), ms(b.cold.interactive), ms(b.warm.firstChart), ms(b.warm.interactive), ms(b.floor.cold), ms(b.floor.warm),
      `${b.ratios.coldFirstChartToFloor.toFixed(2)} / ${b.ratios.coldInteractiveToFloor.toFixed(2)}`, b.interactiveAnsweredBy]);
    const i = b.interactions;
    const p = (k: keyof typeof i) => (i[k]?.summary.n ? `${i[k].summary.median.toFixed(0)} / ${i[k].summary.p95.toFixed(0)}${i[k].errors.length ? ` (${i[k].errors.length} err)` : ''}` : i[k]?.errors.length ? `${i[k].errors.length} err` : '—');
    inter.push([s.size, p('changeIndicator'), p('changeYear'), p('changeJurisdiction'), p('openCoverage'), p('toggleTrend')]);
    const t = b.transfer;
    const w = r.jsWeights[s.size];
    bytes.push([s.size, t ? kb(t.jsGzipBytes) : '—', w ? kb(w.appGzipBytes) : '—', w ? kb(w.duckdbGzipBytes) : '—', t ? mb(t.wasmBytes) : '—', t ? mb(t.dataBytes) : '—', t ? mb(t.totalBytes) : '—', t ? String(t.requests) : '—']);
  }
  console.log('\nLoads (ms since navigation start, median / p95)\n' + formatTable(loads));
  console.log('\nInteractions, input → marks painted (ms, p50 / p95)\n' + formatTable(inter));
  console.log('\nBytes (cold load; Vite preview gzips JS/JSON/data but not .wasm: a static host serving it gzip sends ~7.8 MB)\n' + formatTable(bytes));
  if (r.range) {
    const g = r.range;
    console.log(`\nRange reads: ${g.partitions} partitions of ${g.facts} facts, ${mb(g.totalBytes)}; one province × ${g.indicator}: ${g.rows} rows, ${kb(g.fetchedBytes)} fetched = ${(g.fraction * 100).toFixed(2)} % in ${g.requests} requests, ${g.ms.toFixed(0)} ms`);
  }
  if (r.ingest) {
    const rows: string[][] = [['reports', 'MB', 'wall s', 'CPU s', 'MB/s/core', 'reports/s/core', 'peak RSS MB', 'exit']];
    for (const x of r.ingest.runs) rows.push([String(x.reports), x.mb.toFixed(1), x.wallSeconds.toFixed(1), x.cpuSeconds.toFixed(1), x.mbPerSecPerCore.toFixed(2), x.reportsPerSecPerCore.toFixed(1), x.peakRssMb.toFixed(0), String(x.exitCode)]);
    console.log('\nIngest\n' + formatTable(rows) + `\nmemory growth (peak RSS largest/smallest): ${r.ingest.memoryGrowth?.toFixed(2) ?? '—'}`);
  }
}
