import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../../src/lib/db/snapshot.ts';
import { launchFresh, type Browser } from './chromium.ts';
import { firstMarksInitScript, MARKS } from './pageProbe.ts';
import { serveStatic, type Served } from './serve.ts';

/** A built bench site served and open in a fresh Chromium page with the bench's probes (profile/trace tools). */
export interface OpenSite {
  snap: Snapshot;
  server: Served;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openSite(site: string): Promise<OpenSite> {
  const snap = JSON.parse(await readFile(join(site, 'data/snapshot.json'), 'utf8')) as Snapshot;
  const server = await serveStatic(site);
  const browser = await launchFresh();
  try {
    await browser.context.addInitScript(firstMarksInitScript(MARKS.compare));
    const page = await browser.context.newPage();
    return { snap, server, browser, page, close: async () => (await browser.close(), await server.close()) };
  } catch (e) {
    await browser.close();
    await server.close();
    throw e;
  }
}
