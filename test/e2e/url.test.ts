/**
 * The URL as a public API, in the browser: reload reproduces the view, interactions write the URL,
 * back/forward restore it, old URLs migrate, and invalid or hostile params fall back quietly.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

// ATLAS_DIST serves another build (e.g. one made from a test data folder); default dist/.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ outDir: process.env.ATLAS_DIST });
});
afterAll(async () => h?.close());

const ready = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready' && document.querySelector('svg[data-chart]'), null, { timeout: 60_000 });

async function open(query: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const dialogs: string[] = [];
  const v = await h.open(query, {
    viewport: { width: 1000, height: 900 },
    beforeGoto: async (page) => {
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    },
  });
  await ready(v.page);
  return { page: v.page, errors: v.consoleErrors, dialogs };
}

const marks = (page: Page) =>
  page.$$eval('svg[data-chart] [data-jurisdiction]', (els) =>
    els.map((e) => [e.getAttribute('data-jurisdiction'), e.getAttribute('data-year'), e.getAttribute('data-value')].join('|')),
  );
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('URL state', () => {
  it('a URL round-trips: reload gives the same marks and the same URL', async () => {
    const q = '?view=compare&indicator=disclosure.items_published&year=2016,2019&lang=en';
    const { page, errors } = await open(q);
    const before = await marks(page);
    expect(before.length).toBeGreaterThan(0);
    expect(params(page)).toEqual({ indicator: 'disclosure.items_published', year: '2016,2019', lang: 'en' });
    await page.reload();
    await ready(page);
    await expect.poll(() => marks(page)).toEqual(before);
    expect(params(page)).toEqual({ indicator: 'disclosure.items_published', year: '2016,2019', lang: 'en' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('controls write the URL; back restores the previous view', async () => {
    const { page } = await open('?indicator=mediation.disputes&lang=en');
    const first = await marks(page);
    await page.selectOption('select', 'disclosure.items_published');
    await expect.poll(() => params(page).indicator).toBe('disclosure.items_published');
    await expect.poll(() => marks(page)).not.toEqual(first);
    const second = await marks(page);
    await page.click('nav a:has-text("Trend")');
    await expect.poll(() => params(page).view).toBe('trend');
    await page.waitForSelector('svg[data-chart="trend"]');
    await page.goBack();
    await expect.poll(() => params(page).view).toBeUndefined();
    await expect.poll(() => marks(page)).toEqual(second);
    await page.goBack();
    await expect.poll(() => marks(page)).toEqual(first);
    await page.close();
  });

  it('jurisdiction selection is kept in the URL and limits the marks', async () => {
    const { page } = await open('?indicator=mediation.disputes&lang=zh');
    const all = await marks(page);
    await page.click('summary:has-text("地区")');
    const boxes = page.locator('details:has(summary:has-text("地区")) label');
    await boxes.filter({ hasText: '花都区' }).locator('input').check();
    await expect.poll(() => params(page).jurisdictions ?? '').toContain('花都区');
    await expect.poll(() => marks(page)).toEqual(['花都区|2019|4066']);
    expect(all.length).toBeGreaterThan(1);
    await page.reload();
    await ready(page);
    await expect.poll(() => marks(page)).toEqual(['花都区|2019|4066']);
    await page.close();
  });

  it('invalid params fall back to defaults with a quiet notice, never a crash', async () => {
    const { page, errors } = await open('?view=bogus&indicator=nope.nothing&year=20x6&lang=xx&jurisdictions=nowhere&embed=maybe&extra=1');
    expect(await page.locator('svg[data-chart="compare"]').count()).toBe(1);
    const notice = await page.textContent('.notices');
    for (const p of ['view', 'indicator', 'year', 'lang', 'jurisdictions', 'embed', 'extra']) expect(notice).toContain(p);
    // The address bar is normalised: the ignored params are gone.
    expect(Object.keys(params(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile params are shown as text, never run', async () => {
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    const { page, errors, dialogs } = await open(`?indicator=${evil}&jurisdictions=${evil}&doc=${evil}&lang=en`);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('old URLs are migrated (tab/ind → view/indicator)', async () => {
    const { page } = await open('?tab=trend&ind=mediation.disputes&lang=en');
    expect(await page.locator('svg[data-chart="trend"]').count()).toBe(1);
    expect(params(page)).toEqual({ view: 'trend', indicator: 'mediation.disputes', lang: 'en' });
    await page.close();
  });

  it('the document view is a URL too: doc and fact survive a reload', async () => {
    const { page } = await open('?indicator=mediation.disputes&lang=en');
    await page.click('svg[data-chart="compare"] rect[data-jurisdiction="花都区"]');
    await page.waitForURL(/view=document/);
    const p = params(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(params(page)).toEqual(p);
    await page.close();
  });
});
