/**
 * E2E harness shared by every browser test and the benchmark: serve a built site (dist/ by default) with
 * Vite's preview() on 127.0.0.1:<random port>, drive Debian Chromium (playwright-core), and record what
 * each page did.
 *
 *   const h = await startHarness();                    // or startHarness({ outDir: 'test/bench/out/site' })
 *   const v = await h.open('?view=compare');           // new page, listeners attached, navigated
 *   await v.page.waitForSelector('[data-chart]');
 *   expect(v.foreignRequests()).toEqual([]);           // nothing left the origin
 *   expect(v.consoleErrors).toEqual([]);
 *   await h.close();                                   // in afterAll
 *
 * `open(path, { beforeGoto })` lets a test install page.route(...) (e.g. to fail a data file) first.
 * Build first: `npm run build` (the harness never builds).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface PageVisit {
  page: Page;
  /** Every request URL the page made, in order (including workers). */
  requests: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
  /** Requests whose origin is not the served site's (data:, blob: are not requests to another origin). */
  foreignRequests(): string[];
}

export interface OpenOptions {
  beforeGoto?: (page: Page) => Promise<unknown>;
  viewport?: { width: number; height: number };
}

export interface Harness {
  baseUrl: string; // e.g. http://127.0.0.1:41234/
  context: BrowserContext;
  open(path?: string, opts?: OpenOptions): Promise<PageVisit>;
  close(): Promise<void>;
}

export async function startHarness(opts: { outDir?: string } = {}): Promise<Harness> {
  const outDir = resolve(PROJECT_ROOT, opts.outDir ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html missing: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: install Debian chromium (apt-get install -y chromium)`);

  const server = await preview({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/`;
  const profile = await mkdtemp(join(tmpdir(), 'atlas-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    await server.close();
    throw e;
  }

  return {
    baseUrl,
    context,
    async open(path = '', o = {}) {
      const page = await context.newPage();
      if (o.viewport) await page.setViewportSize(o.viewport);
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
      await o.beforeGoto?.(page);
      await page.goto(new URL(path, baseUrl).href);
      const origin = new URL(baseUrl).origin;
      return {
        page,
        requests,
        consoleErrors,
        foreignRequests: () => requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin),
      };
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
