import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../../src/lib/db/snapshot.ts';
import { summarise, type Summary } from '../../../src/lib/bench/stats.ts';
import { launchFresh } from './chromium.ts';
import { runInteractions, type InteractionOptions, type InteractionResults } from './interactions.ts';
import { armChange, firstMarksInitScript, MARKS, settle, waitDbReady, waitFirstMarks } from './pageProbe.ts';
import { serveStatic } from './serve.ts';
import { recordTransfer, type Transfer } from './network.ts';

/**
 * Cold and warm loads of the app and of the floor page in headless Chromium, plus interaction
 * latencies, for one built site. Cold = fresh profile (empty cache); warm = the same profile
 * navigated again. "Interactive" = the first marks are painted, the database is ready and a
 * change of indicator (to one the snapshot does not hold, when there is one) has been drawn.
 */
export interface LoadRun {
  firstChart: number; // ms from navigation start to compare marks painted
  interactive: number; // ms to the indicator change answered and painted
}

export interface BrowserResult {
  cold: { firstChart: Summary; interactive: Summary };
  warm: { firstChart: Summary; interactive: Summary };
  floor: { cold: Summary; warm: Summary; rows: number };
  ratios: { coldFirstChartToFloor: number; coldInteractiveToFloor: number; warmFirstChartToFloor: number; warmInteractiveToFloor: number };
  interactiveAnsweredBy: 'db' | 'snapshot';
  interactions: InteractionResults;
  transfer: Transfer | null;
  errors: string[];
}

export interface BrowserOptions extends InteractionOptions {
  coldRuns: number;
  warmRuns: number;
}

async function loadApp(page: Page, url: string, target: string, timeoutMs: number): Promise<LoadRun> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const firstChart = await waitFirstMarks(page, timeoutMs);
  await waitDbReady(page, timeoutMs);
  await armChange(page, MARKS.compare);
  await page.selectOption('.controls select', target);
  // t1 is the paint of the answer; the change was issued right after the database became ready.
  const { t1 } = await settle(page, timeoutMs);
  return { firstChart, interactive: t1 };
}

async function loadFloor(page: Page, url: string, timeoutMs: number): Promise<{ firstQuery: number; rows: number }> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page.waitForFunction('window.__floor !== undefined', undefined, { timeout: timeoutMs, polling: 20 });
  const f = (await page.evaluate('window.__floor')) as { firstQuery: number; rows: number; error?: string };
  if (f.error) throw new Error(`floor page failed: ${f.error}`);
  return f;
}

/** The indicator to switch to: one with data the snapshot cannot answer, so DuckDB must. */
export function pickTarget(snap: Snapshot): { id: string; by: 'db' | 'snapshot' } {
  const withData = snap.indicators.filter((i) => i.n_facts > 0 && i.indicator_id !== snap.default_indicator);
  const notInSnapshot = withData.find((i) => !(i.indicator_id in snap.compare_latest));
  if (notInSnapshot) return { id: notInSnapshot.indicator_id, by: 'db' };
  if (withData[0]) return { id: withData[0].indicator_id, by: 'snapshot' };
  throw new Error('no second indicator with data to switch to');
}

export async function benchSite(sites: { app: string; floor: string }, opts: BrowserOptions): Promise<BrowserResult> {
  const snap = JSON.parse(await readFile(join(sites.app, 'data/snapshot.json'), 'utf8')) as Snapshot;
  const target = pickTarget(snap);
  const app = await serveStatic(sites.app);
  const floor = await serveStatic(sites.floor);
  const errors: string[] = [];
  const cold: LoadRun[] = [];
  const warm: LoadRun[] = [];
  const floorCold: number[] = [];
  const floorWarm: number[] = [];
  let floorRows = 0;
  let transfer: Transfer | null = null;
  let interactions: InteractionResults = {};
  try {
    const iterations = Math.max(opts.coldRuns, opts.warmRuns);
    for (let i = 0; i < iterations; i++) {
      const runFloor = async () => {
        const fb = await launchFresh();
        try {
          const page = await fb.context.newPage();
          const f = await loadFloor(page, floor.url, opts.timeoutMs);
          floorCold.push(f.firstQuery);
          floorRows = f.rows;
          // One warm load per iteration (not all in the first): drift on the shared machine spreads evenly.
          if (i < opts.warmRuns) floorWarm.push((await loadFloor(page, floor.url, opts.timeoutMs)).firstQuery);
        } finally {
          await fb.close();
        }
      };
      const runApp = async () => {
        const b = await launchFresh();
        try {
          await b.context.addInitScript(firstMarksInitScript(MARKS.compare));
          const page = await b.context.newPage();
          page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
          const rec = i === 0 ? await recordTransfer(page) : null;
          cold.push(await loadApp(page, app.url, target.id, opts.timeoutMs));
          if (rec) transfer = await rec.finish();
          if (i < opts.warmRuns) warm.push(await loadApp(page, app.url, target.id, opts.timeoutMs));
          if (i === 0) interactions = await runInteractions(page, app.url, snap, opts);
        } finally {
          await b.close();
        }
      };
      // Floor and app alternate, in alternating order, so drift on the shared machine hits both alike.
      if (i % 2 === 0) {
        await runFloor();
        await runApp();
      } else {
        await runApp();
        await runFloor();
      }
      console.log(`  cold run ${i + 1}/${iterations}: first chart ${cold.at(-1)!.firstChart.toFixed(0)} ms, interactive ${cold.at(-1)!.interactive.toFixed(0)} ms, floor ${floorCold.at(-1)!.toFixed(0)} ms`);
    }
  } finally {
    await app.close();
    await floor.close();
  }
  const s = (runs: LoadRun[], k: keyof LoadRun) => summarise(runs.map((r) => r[k]));
  const fc = summarise(floorCold);
  const fw = summarise(floorWarm);
  const result = {
    cold: { firstChart: s(cold, 'firstChart'), interactive: s(cold, 'interactive') },
    warm: { firstChart: s(warm, 'firstChart'), interactive: s(warm, 'interactive') },
    floor: { cold: fc, warm: fw, rows: floorRows },
  };
  return {
    ...result,
    ratios: {
      coldFirstChartToFloor: result.cold.firstChart.median / fc.median,
      coldInteractiveToFloor: result.cold.interactive.median / fc.median,
      warmFirstChartToFloor: result.warm.firstChart.median / fw.median,
      warmInteractiveToFloor: result.warm.interactive.median / fw.median,
    },
    interactiveAnsweredBy: target.by,
    interactions,
    transfer,
    errors,
  };
}
