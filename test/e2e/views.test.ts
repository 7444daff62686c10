/**
 * Browser checks of the chart views against the production build (dist/, or ATLAS_DIST) with the
 * bundled data: marks and badges, evidence tooltips on hover and keyboard focus, click-through to the
 * source, embed mode, the language switch, 360 px layout, first paint before DuckDB, and the README
 * screenshot (docs/screenshot.png).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

// ATLAS_DIST serves another build (e.g. one made from a test data folder); default dist/.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ outDir: process.env.ATLAS_DIST });
});
afterAll(async () => h?.close());

interface Mark { tag: string; jurisdiction: string; year: string; value: string; badges: string; y: number }

async function open(query: string, width = 1000): Promise<{ page: Page; errors: string[] }> {
  const v = await h.open(query, { viewport: { width, height: 900 } });
  await v.page.waitForSelector('svg[data-chart]', { timeout: 30_000 });
  // Interactive once the database is loaded.
  await v.page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready', null, { timeout: 60_000 });
  return { page: v.page, errors: v.consoleErrors };
}

async function marks(page: Page, chart = 'compare'): Promise<Mark[]> {
  return page.$$eval(`svg[data-chart="${chart}"] [data-jurisdiction]`, (els) =>
    els.map((e) => ({
      tag: e.tagName.toLowerCase(),
      jurisdiction: e.getAttribute('data-jurisdiction') ?? '',
      year: e.getAttribute('data-year') ?? '',
      value: e.getAttribute('data-value') ?? '',
      badges: e.getAttribute('data-badges') ?? '',
      y: e.getBoundingClientRect().y,
    })),
  );
}
const byName = (ms: Mark[], name: string) => ms.filter((m) => m.jurisdiction === name);

describe('Compare', () => {
  it('mediation.disputes: values, half-year badge, no-data row, sorted by value', async () => {
    const { page, errors } = await open('?view=compare&indicator=mediation.disputes&lang=en');
    const ms = await marks(page);
    expect(byName(ms, '利通区')).toMatchObject([{ tag: 'rect', value: '388', badges: expect.stringContaining('h1') }]);
    expect(byName(ms, '花都区')).toMatchObject([{ tag: 'rect', value: '4066' }]);
    expect(byName(ms, '淄博高新区')).toMatchObject([{ tag: 'rect', value: '4033' }]);
    expect(byName(ms, '绍兴市')).toMatchObject([{ tag: 'text', value: '' }]);
    const bars = ms.filter((m) => m.tag === 'rect');
    const values = bars.sort((a, b) => a.y - b.y).map((m) => Number(m.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // The badge is visible on the chart and explained in a note.
    await expect.poll(() => page.textContent('svg[data-chart="compare"]')).toContain('H1');
    expect(await page.textContent('.notes')).toContain('first-half');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('disclosure.items_published: values and the year-to-date badge', async () => {
    const { page } = await open('?view=compare&indicator=disclosure.items_published&lang=zh');
    const ms = await marks(page);
    expect(byName(ms, '绍兴市')).toMatchObject([{ value: '25240' }]);
    expect(byName(ms, '花都区')).toMatchObject([{ value: '3578' }]);
    expect(byName(ms, '利通区')).toMatchObject([{ value: '3261', badges: expect.stringContaining('ytd') }]);
    expect(await page.textContent('svg[data-chart="compare"]')).toContain('截至');
    await page.close();
  });

  it('hover shows value, period and the evidence with the number highlighted; click opens the source', async () => {
    const { page } = await open('?view=compare&indicator=mediation.disputes&lang=en');
    await page.hover('svg[data-chart="compare"] rect[data-jurisdiction="花都区"]');
    const tip = page.locator('[role=tooltip]');
    await expect.poll(() => tip.textContent()).toContain('4,066');
    expect(await tip.textContent()).toContain('full year');
    expect(await tip.locator('q[lang=zh]').textContent()).toContain('矛盾纠纷4066');
    expect(await tip.locator('mark').textContent()).toContain('4066');
    await page.click('svg[data-chart="compare"] rect[data-jurisdiction="花都区"]');
    await page.waitForURL(/view=document/);
    const url = new URL(page.url());
    expect(url.searchParams.get('doc')).toMatch(/^001_/);
    expect(url.searchParams.get('fact')).toContain(':mediation.disputes');
    await page.close();
  });

  it('keyboard focus shows the tooltip and Enter opens the source', async () => {
    const { page } = await open('?view=compare&indicator=mediation.disputes&lang=en');
    let focused: string | null = null;
    for (let i = 0; i < 60 && focused === null; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('svg [data-jurisdiction]') ? document.activeElement.getAttribute('data-value') : null));
    }
    expect(focused).not.toBeNull();
    expect(await page.locator('[role=tooltip]').textContent()).toContain(Number(focused).toLocaleString('en'));
    expect(await page.locator('[role=tooltip] q').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=document/);
    await page.close();
  });

  it('the Table tab lists the same rows with source and evidence', async () => {
    const { page } = await open('?view=compare&indicator=mediation.disputes&lang=en');
    const chartMarks = (await marks(page)).map((m) => `${m.jurisdiction}|${m.value}`).sort();
    await page.click('role=tab[name="Table"]');
    const rows = await page.$$eval('table.value-table tbody tr', (trs) => trs.map((tr) => `${tr.getAttribute('data-jurisdiction')}|${tr.getAttribute('data-value')}`));
    expect(rows.sort()).toEqual(chartMarks);
    expect(await page.textContent('table.value-table')).toContain('001_a9bec1d6296ff772.txt');
    await page.close();
  });
});

describe('Trend and Coverage', () => {
  it('trend draws one dot per value, lists no-data jurisdictions and never plots a null', async () => {
    const { page } = await open('?view=trend&indicator=mediation.disputes&lang=en');
    const ms = await marks(page, 'trend');
    expect(byName(ms, '花都区')).toMatchObject([{ tag: 'circle', year: '2019', value: '4066' }]);
    expect(byName(ms, '绍兴市')).toMatchObject([{ tag: 'text', value: '' }]);
    expect(ms.filter((m) => m.tag === 'circle').every((m) => m.value !== '')).toBe(true);
    await page.close();
  });

  it('coverage shows filled and explicit missing cells; a cell opens Compare', async () => {
    const { page } = await open('?view=coverage&lang=en');
    const cell = 'svg[data-chart="coverage"] [data-indicator="mediation.disputes"][data-jurisdiction="花都区"]';
    expect(await page.getAttribute(cell, 'data-value')).toBe('4066');
    expect(await page.getAttribute('svg[data-chart="coverage"] [data-indicator="mediation.disputes"][data-jurisdiction="绍兴市"]', 'data-value')).toBe('');
    await page.hover(cell);
    expect(await page.locator('[role=tooltip]').textContent()).toContain('4,066');
    await page.click(cell);
    await page.waitForSelector('svg[data-chart="compare"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe('mediation.disputes');
    await page.close();
  });
});

describe('Shell', () => {
  it('paints the first chart from the snapshot before DuckDB is ready', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { page } = await h.open('?indicator=mediation.disputes', {
      beforeGoto: async (p) => {
        await p.route(/\.duckdb(\.gz)?$/, async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    await page.waitForSelector('svg[data-chart="compare"] rect[data-jurisdiction="花都区"]', { timeout: 30_000 });
    expect(await page.locator('[data-loading="db"]').count()).toBe(1);
    release();
    await page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready', null, { timeout: 60_000 });
    await page.close();
  });

  it('a failing data load shows a clear message', async () => {
    const { page } = await h.open('?lang=en', {
      beforeGoto: async (p) => {
        await p.route(/snapshot\.json$/, (route) => route.fulfill({ status: 500, body: 'boom' }));
      },
    });
    await expect.poll(() => page.locator('[role=alert]').textContent(), { timeout: 20_000 }).toContain('Could not load');
    await page.close();
  });

  it('embed mode shows only the chart with title, source line, notes and data date', async () => {
    const { page } = await open('?indicator=disclosure.items_published&embed=1&lang=en', 500);
    await page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready');
    expect(await page.locator('header, nav, select, details, [role=tablist]').count()).toBe(0);
    expect(await page.textContent('.chart-title')).toContain('Government information');
    await expect.poll(() => page.textContent('.source-line')).toContain('Source');
    expect(await page.textContent('.notes')).toContain('YTD');
    expect(await page.textContent('.data-date')).toMatch(/\d{4}-\d{2}-\d{2}/);
    // Responsive: the chart follows its container.
    const w1 = await page.$eval('svg[data-chart]', (s) => s.getBoundingClientRect().width);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.$eval('svg[data-chart]', (s) => s.getBoundingClientRect().width)).toBeLessThan(w1);
    await page.close();
  });

  it('the language toggle switches every label (only data names stay Chinese, marked lang=zh)', async () => {
    const { page } = await open('?indicator=mediation.disputes&lang=zh');
    expect(await page.textContent('h1')).toBe('法治政府指标图谱');
    await page.click('.lang-toggle');
    await expect.poll(() => page.textContent('h1')).toBe('Fazhi Atlas');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.hover('svg[data-chart="compare"] rect[data-jurisdiction="利通区"]');
    for (const tab of ['Chart', 'Table']) {
      await page.click(`role=tab[name="${tab}"]`);
      const leftovers = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!/[\u3400-\u9fff]/u.test(n.nodeValue ?? '') || el.closest('[lang^="zh"], noscript, script, style')) continue;
          out.push(`${el.tagName}: ${n.nodeValue}`);
        }
        return out;
      });
      expect(leftovers).toEqual([]);
    }
    await page.close();
  });

  it('360 px wide: no horizontal page scroll in any chart view', async () => {
    for (const q of ['?indicator=mediation.disputes', '?view=trend&indicator=mediation.disputes', '?view=coverage', '?indicator=mediation.disputes&year=2016,2019,2022&lang=en']) {
      const { page } = await open(q, 360);
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(sw, q).toBeLessThanOrEqual(iw);
      await page.close();
    }
  });

  it('writes the README screenshot of the compare view', async () => {
    const { page } = await open('?view=compare&indicator=mediation.disputes&lang=en', 900);
    await page.setViewportSize({ width: 900, height: 620 });
    await page.hover('svg[data-chart="compare"] rect[data-jurisdiction="利通区"]');
    const out = resolve(import.meta.dirname, '../../docs/screenshot.png');
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    await page.close();
  });
});
