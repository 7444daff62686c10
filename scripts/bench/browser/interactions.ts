import type { Page } from 'playwright-core';
import type { Snapshot } from '../../../src/lib/db/snapshot.ts';
import { summarise, type Summary } from '../../../src/lib/bench/stats.ts';
import { armChange, MARKS, settle, type ChartKind } from './pageProbe.ts';

/**
 * Interaction latency, input event → marks updated and painted, on a page whose database is
 * ready: change indicator, change year, change jurisdiction selection, open Coverage, toggle
 * Trend. Each is repeated; a step that times out is recorded as an error, not a sample.
 */
export type InteractionName = 'changeIndicator' | 'changeYear' | 'changeJurisdiction' | 'openCoverage' | 'toggleTrend';
export type InteractionResults = Partial<Record<InteractionName, { summary: Summary; samples: number[]; errors: string[] }>>;

const YEAR_MENU = '.controls details.multi >> nth=0';
const JUR_MENU = '.controls details.multi >> nth=1';
const NAV = (i: number) => `nav.views a >> nth=${i}`; // compare, trend, coverage, document

async function timed(page: Page, kind: ChartKind, act: () => Promise<void>, timeoutMs: number): Promise<number> {
  await armChange(page, MARKS[kind]);
  await act();
  const { t0, t1 } = await settle(page, timeoutMs);
  return t1 - t0;
}

async function backToCompare(page: Page, timeoutMs: number): Promise<void> {
  await page.click(NAV(0));
  await page.waitForSelector(MARKS.compare, { timeout: timeoutMs });
}

export interface InteractionOptions {
  interactionRepeats: number;
  timeoutMs: number;
  /** Once an interaction has used this much time, stop after `minSamples` samples. */
  slowCapMs: number;
  minSamples: number;
}

export async function runInteractions(page: Page, appUrl: string, snap: Snapshot, opts: InteractionOptions): Promise<InteractionResults> {
  const n = opts.interactionRepeats;
  const T = opts.timeoutMs;
  const out: InteractionResults = {};
  const run = async (name: InteractionName, step: (i: number) => Promise<number>, reset?: () => Promise<void>) => {
    const samples: number[] = [];
    const errors: string[] = [];
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      // A very slow interaction gets a few samples, not the full count (keeps the run < 20 min).
      if (samples.length >= opts.minSamples && performance.now() - started > opts.slowCapMs) break;
      try {
        samples.push(await step(i));
      } catch (e) {
        errors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
        if (errors.length >= 2) break; // a broken interaction should not eat the whole run
      }
    }
    await reset?.().catch(() => undefined);
    out[name] = { summary: summarise(samples), samples: samples.map((s) => Math.round(s * 10) / 10), errors };
    console.log(`  ${name}: p50 ${out[name].summary.median.toFixed(0)} ms, p95 ${out[name].summary.p95.toFixed(0)} ms (${samples.length} ok, ${errors.length} errors)`);
  };

  await page.goto(appUrl, { waitUntil: 'load', timeout: T });
  await page.waitForSelector(MARKS.compare, { timeout: T });
  await page.waitForFunction(`!document.querySelector('[data-loading="db"]')`, undefined, { timeout: T, polling: 50 });

  // Cycle through indicators with data, never re-selecting the current one (no change event).
  const indicators = snap.indicators.filter((i) => i.n_facts > 0 && i.indicator_id !== snap.default_indicator).map((i) => i.indicator_id);
  const select = async (id: string) => void (await page.selectOption('.controls select', id));
  await run('changeIndicator', (i) => timed(page, 'compare', () => select(indicators[i % indicators.length]!), T));
  if (snap.default_indicator) await select(snap.default_indicator);
  await page.waitForTimeout(300);

  // Years: toggle one year on, then off again (back to latest), and so on across years.
  const years = [...snap.years].reverse();
  await page.click(`${YEAR_MENU} >> summary`);
  await run(
    'changeYear',
    (i) => timed(page, 'compare', () => page.click(`${YEAR_MENU} >> .menu input[type=checkbox] >> nth=${1 + snap.years.indexOf(years[Math.floor(i / 2) % years.length]!)}`), T),
    async () => {
      await page.click(`${YEAR_MENU} >> .menu input[type=checkbox] >> nth=0`);
      await page.click(`${YEAR_MENU} >> summary`);
    },
  );

  // Jurisdictions: select one, deselect it (back to all), next one… (among the first 20 with a value)
  await page.click(`${JUR_MENU} >> summary`);
  const nJur = Math.min(20, (await page.locator(`${JUR_MENU} >> .menu input[type=checkbox]`).count()) - 1);
  await run(
    'changeJurisdiction',
    (i) => timed(page, 'compare', () => page.click(`${JUR_MENU} >> .menu input[type=checkbox] >> nth=${1 + (Math.floor(i / 2) % Math.max(1, nJur))}`), T),
    async () => {
      await page.click(`${JUR_MENU} >> .menu input[type=checkbox] >> nth=0`);
      await page.click(`${JUR_MENU} >> summary`);
    },
  );

  await run('openCoverage', async () => {
    const ms = await timed(page, 'coverage', () => page.click(NAV(2)), T);
    await backToCompare(page, T);
    return ms;
  });
  await run('toggleTrend', async () => {
    const ms = await timed(page, 'trend', () => page.click(NAV(1)), T);
    await backToCompare(page, T);
    return ms;
  });
  return out;
}
