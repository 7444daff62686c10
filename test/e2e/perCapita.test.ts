/**
 * Per-capita Compare in Chromium against a production build (dist/, or ATLAS_DIST): `per=capita`
 * divides by the sourced population (利通区 388 / 460,790 × 10,000 ≈ 8.42, half-year badge kept),
 * lists jurisdictions without a figure as "no population figure", refuses percent indicators, and
 * the "use my own population table" upload: a bad file changes nothing and lists its problems, a good
 * one replaces the figures (labelled user-supplied) until "reset to bundled figures".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ outDir: process.env.ATLAS_DIST });
});
afterAll(async () => h?.close());

interface Mark { tag: string; jurisdiction: string; value: string; badges: string; missing: string; text: string }

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const v = await h.open(query, { viewport: { width: 1100, height: 900 } });
  await v.page.waitForSelector('svg[data-chart="compare"]', { timeout: 30_000 });
  await v.page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready', null, { timeout: 60_000 });
  return { page: v.page, errors: v.consoleErrors };
}

const marks = (page: Page): Promise<Mark[]> =>
  page.$$eval('svg[data-chart="compare"] [data-jurisdiction]', (els) =>
    els.map((e) => ({
      tag: e.tagName.toLowerCase(),
      jurisdiction: e.getAttribute('data-jurisdiction') ?? '',
      value: e.getAttribute('data-value') ?? '',
      badges: e.getAttribute('data-badges') ?? '',
      missing: e.getAttribute('data-missing') ?? '',
      text: e.textContent ?? '',
    })),
  );
const one = (ms: Mark[], name: string) => {
  const found = ms.filter((m) => m.jurisdiction === name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const upload = (page: Page, name: string, text: string) =>
  page.setInputFiles('input[name="population-file"]', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

const URL_PC = '?view=compare&indicator=mediation.disputes&per=capita&lang=en';

describe('per 10,000 residents', () => {
  it('利通区 ≈ 8.42 with its half-year badge; the others listed without a population figure; sources cited', async () => {
    const { page, errors } = await open(URL_PC);
    expect(await page.isChecked('input[name="per-capita"]')).toBe(true);
    const ms = await marks(page);
    const lt = one(ms, '利通区');
    expect(lt.tag).toBe('rect');
    expect(Number(lt.value)).toBeCloseTo((388 / 460790) * 10000, 6);
    expect(Number(lt.value).toFixed(2)).toBe('8.42');
    expect(lt.badges).toContain('h1');
    for (const name of ['花都区', '淄博高新区']) expect(one(ms, name)).toMatchObject({ tag: 'text', value: '', missing: 'population', text: 'no population figure' });
    expect(one(ms, '绍兴市')).toMatchObject({ tag: 'text', missing: 'data', text: 'no data' }); // no figure reported at all
    await expect.poll(() => page.textContent('svg[data-chart="compare"]')).toContain('8.42');
    const notes = (await page.textContent('.notes')) ?? '';
    expect(notes).toContain('吴忠市第七次全国人口普查公报');
    expect(notes).toContain('460,790');
    expect(notes).toContain('the 2016 figure uses the 2020 population');
    expect(notes).toMatch(/No population figure \(not drawn\): .*Huadu|No population figure \(not drawn\): .*花都区/);
    expect(await page.textContent('.chart-subtitle')).toContain('per 10,000 residents');

    // Tooltip: reported figure, population with its year, source.
    await page.focus('svg[data-chart="compare"] rect[data-jurisdiction="利通区"]');
    const tip = (await page.waitForSelector('.per-capita-calc')).textContent();
    expect(await tip).toContain('388 ÷ 460,790 residents (2020) × 10,000');

    // Table tab: population, its year and source.
    await page.click('button[role="tab"]:has-text("Table")');
    const row = page.locator('tr[data-jurisdiction="利通区"]');
    await expect.poll(() => row.textContent()).toContain('460,790');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('2020');
    expect(text).toContain('吴忠市第七次全国人口普查公报');
    expect(await page.textContent('tr[data-jurisdiction="花都区"]')).toContain('no population figure');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the toggle writes per=capita to the URL and off restores reported values', async () => {
    const { page } = await open('?view=compare&indicator=mediation.disputes&lang=en');
    expect(one(await marks(page), '利通区').value).toBe('388');
    await page.check('input[name="per-capita"]');
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('per=capita');
    await expect.poll(async () => Number(one(await marks(page), '利通区').value).toFixed(2)).toBe('8.42');
    await page.uncheck('input[name="per-capita"]');
    await expect.poll(async () => one(await marks(page), '利通区').value).toBe('388');
    await expect.poll(() => page.evaluate(() => window.location.search)).not.toContain('per=');
    await page.close();
  });

  it('is refused for a percent indicator, with the reason; values stay as reported', async () => {
    const { page } = await open('?view=compare&indicator=mediation.success_rate&per=capita&lang=en');
    expect(await page.isDisabled('input[name="per-capita"]')).toBe(true);
    expect(await page.textContent('.per-capita .why')).toContain('percentage');
    const bars = (await marks(page)).filter((m) => m.tag === 'rect');
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) expect(Number(b.value)).toBeGreaterThan(50); // percentages, not per-capita rates
    await page.close();
  });
});

describe('use my own population table', () => {
  it('a bad CSV is listed as problems and leaves the chart unchanged; a good one is drawn as user-supplied; reset restores', async () => {
    const { page, errors } = await open(URL_PC);
    const before = await marks(page);

    await upload(page, 'bad.csv', 'jurisdiction,population\n花都区,lots\n');
    const alert = await page.waitForSelector('.upload-error');
    expect(await alert.textContent()).toContain('missing columns: year, source_title');
    expect(await alert.textContent()).toContain('bad.csv');
    expect(await marks(page)).toEqual(before);

    await upload(page, 'not-a-number.csv', 'jurisdiction,year,population,source_title\n花都区,2019,很多,x\n');
    await expect.poll(() => page.textContent('.upload-error')).toContain('population "很多" is not a number');
    expect(await marks(page)).toEqual(before);

    await upload(page, 'mine.csv', 'jurisdiction,parent,year,population,source_title\n花都区,广州市,2019,1100000,My test table\n不存在区,,2019,5,My test table\n');
    await expect.poll(async () => one(await marks(page), '花都区').tag).toBe('rect');
    const hd = one(await marks(page), '花都区');
    expect(Number(hd.value)).toBeCloseTo((4066 / 1_100_000) * 10000, 6);
    // The user's table replaces the bundled one: 利通区 has no figure in it.
    expect(one(await marks(page), '利通区')).toMatchObject({ tag: 'text', missing: 'population' });
    expect(await page.textContent('.upload-ok')).toContain('mine.csv');
    expect(await page.textContent('.ignored')).toContain('不存在区');
    expect(await page.$('.upload-error')).toBeNull();
    const notes = (await page.textContent('.notes')) ?? '';
    expect(notes).toContain('your table (user-supplied, not checked): My test table');
    expect(notes).not.toContain('吴忠市第七次全国人口普查公报');

    await page.click('button.reset');
    await expect.poll(async () => one(await marks(page), '利通区').tag).toBe('rect');
    expect(await marks(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
