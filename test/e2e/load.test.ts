/**
 * The built app loads: a progress state, then ready (DuckDB attached), nothing fetched from another
 * origin, no console errors; and a clear message (not a blank page) when a data file is missing.
 * Run: npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/load.test.ts
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** The page's <html data-atlas-db> state after each change, recorded from the start of navigation. */
const RECORD_STATES = () => {
  const w = window as unknown as { __atlasStates: string[] };
  w.__atlasStates = [];
  // Observe the document (the <html> element may not exist yet when init scripts run).
  new MutationObserver((records) => {
    for (const r of records) if (r.target === document.documentElement) w.__atlasStates.push(document.documentElement.dataset.atlasDb ?? '');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-atlas-db'] });
};

test('loads: progress shown, then ready; same-origin only; no console errors', async () => {
  const v = await h.open('', {
    beforeGoto: async (page) => {
      await page.addInitScript(RECORD_STATES);
    },
  });
  await v.page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready', null, { timeout: 60_000 });
  const states = await v.page.evaluate(() => (window as unknown as { __atlasStates: string[] }).__atlasStates);
  expect(states[0]).toBe('starting');
  expect(states).toContain('loading');
  expect(states.at(-1)).toBe('ready');
  // The visible progress element goes away once ready.
  await v.page.waitForSelector('[data-loading="db"]', { state: 'detached', timeout: 10_000 });
  expect(await v.page.locator('[role="alert"]:visible').count()).toBe(0);
  // The data came through DuckDB: the wasm, the worker and the main database file were all fetched here.
  expect(v.requests.some((u) => /duckdb-(eh|mvp)-[\w-]+\.wasm$/.test(u))).toBe(true);
  expect(v.requests.some((u) => /\/data\/atlas-[0-9a-f]+\.duckdb\.gz$/.test(u))).toBe(true);
  expect(v.requests.some((u) => u.endsWith('.parquet'))).toBe(false);
  expect(v.foreignRequests()).toEqual([]);
  expect(v.consoleErrors).toEqual([]);
  await v.page.close();
});

test('a progress state is visible before the database is ready', async () => {
  // Hold the database file until the progress line has been seen, then release it.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const v = await h.open('', {
    beforeGoto: (page) =>
      page.route(/\/data\/atlas-[0-9a-f]+\.duckdb\.gz$/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  const status = v.page.locator('[data-loading="db"]');
  await status.waitFor({ state: 'visible', timeout: 30_000 });
  expect((await status.innerText()).trim().length).toBeGreaterThan(0);
  release();
  await v.page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready', null, { timeout: 60_000 });
  await status.waitFor({ state: 'detached', timeout: 10_000 });
  await v.page.close();
});

test('a missing data file shows a clear error, not a blank page', async () => {
  const v = await h.open('', {
    beforeGoto: (page) => page.route(/\/data\/atlas-[0-9a-f]+\.duckdb\.gz$/, (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  const alert = v.page.locator('[role="alert"]').filter({ hasText: /duckdb/ });
  await alert.waitFor({ state: 'visible', timeout: 60_000 });
  const text = await alert.innerText();
  expect(text).toMatch(/atlas-[0-9a-f]+\.duckdb\.gz/);
  expect(text).toMatch(/404/);
  expect(await v.page.evaluate(() => document.documentElement.dataset.atlasDb)).toBe('error');
  expect(v.foreignRequests()).toEqual([]);
  await v.page.close();
});

test('a missing snapshot shows a clear error too', async () => {
  const v = await h.open('', {
    beforeGoto: (page) => page.route(/\/data\/snapshot\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  const alert = v.page.locator('[role="alert"]').filter({ hasText: /snapshot/ });
  await alert.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await alert.innerText()).toMatch(/snapshot\.json.*404/s);
  await v.page.close();
});
