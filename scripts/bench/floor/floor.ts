/**
 * The benchmark FLOOR: the least any page can do to answer the first chart's question from
 * DuckDB-WASM. It reads snapshot.json for the database file name, opens DuckDB-WASM with
 * the app's own loader (openWasmDb: same bundles, fetch, registerFileBuffer, ATTACH) and runs
 * the app's first query (compareValues, default indicator, latest year). No UI, no charts.
 * Times (ms since navigation start) are published on window.__floor for the bench.
 */
import { compareValues } from '../../../src/lib/db/queries.ts';
import { dataUrl, SNAPSHOT_FILE, type Snapshot } from '../../../src/lib/db/snapshot.ts';
import { openWasmDb } from '../../../src/lib/db/wasm.ts';

interface FloorTimes {
  snapshot: number;
  dbReady: number;
  firstQuery: number;
  rows: number;
  error?: string;
}

declare global {
  interface Window {
    __floor?: FloorTimes;
  }
}

async function run(): Promise<FloorTimes> {
  const snap = (await (await fetch(dataUrl(SNAPSHOT_FILE))).json()) as Snapshot;
  const snapshot = performance.now();
  const db = await openWasmDb({ files: snap.files });
  const dbReady = performance.now();
  const rows = await compareValues(db, { indicator: snap.default_indicator ?? '', years: 'latest' });
  return { snapshot, dbReady, firstQuery: performance.now(), rows: rows.length };
}

const status = document.getElementById('status')!;
run()
  .then((t) => {
    window.__floor = t;
    status.textContent = `floor: ${t.rows} rows in ${t.firstQuery.toFixed(0)} ms`;
  })
  .catch((e: unknown) => {
    window.__floor = { snapshot: NaN, dbReady: NaN, firstQuery: NaN, rows: 0, error: String(e) };
    status.textContent = `floor failed: ${String(e)}`;
  });
