/**
 * Cold-load timings of a built site in headless Chromium (the e2e harness): navigation → snapshot chart
 * painted, → DuckDB states (starting / loading / ready, from <html data-atlas-db>), plus the bytes of the
 * database file. Each run uses a fresh page in a fresh profile (no HTTP cache carried over).
 * Usage: npx tsx scripts/lib/db/measureBrowserLoad.ts <outDir> [runs]
 */
import { startHarness } from '../../../test/e2e/harness.ts';

const RECORD = () => {
  const w = window as unknown as { __t: Record<string, number> };
  w.__t = {};
  new MutationObserver(() => {
    const s = document.documentElement.dataset.atlasDb;
    if (s && !(s in w.__t)) w.__t[s] = performance.now();
    if (!('chart' in w.__t) && document.querySelector('[data-chart] [data-value]')) w.__t.chart = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? 'dist';
  const runs = Number(process.argv[3] ?? 5);
  const results: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const h = await startHarness({ outDir });
    try {
      const v = await h.open('', { beforeGoto: (p) => p.addInitScript(RECORD) });
      await v.page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.atlasDb ?? ''), null, { timeout: 120_000 });
      const r = await v.page.evaluate(() => {
        const t = (window as unknown as { __t: Record<string, number> }).__t;
        const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const db = res.find((e) => /atlas-[0-9a-f]+\.duckdb/.test(e.name));
        const wasm = res.find((e) => /\.wasm$/.test(e.name));
        return { ...t, db_fetch_ms: db ? db.responseEnd - db.startTime : -1, db_bytes: db?.encodedBodySize ?? -1, wasm_fetch_ms: wasm ? wasm.responseEnd - wasm.startTime : -1 };
      });
      if (v.consoleErrors.length) console.error(v.consoleErrors);
      results.push(Object.fromEntries(Object.entries(r).map(([k, x]) => [k, Math.round(x)])));
    } finally {
      await h.close();
    }
  }
  const keys = [...new Set(results.flatMap((r) => Object.keys(r)))];
  const median = (k: string) => {
    const xs = results.map((r) => r[k]).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  };
  console.log(JSON.stringify({ outDir, runs, median: Object.fromEntries(keys.map((k) => [k, median(k)])), results }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
