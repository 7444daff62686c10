/**
 * Browser checks of the export menu on the Compare view (production build: dist/, or ATLAS_DIST):
 * PNG, SVG and CSV buttons trigger downloads; the SVG carries the title, source and data date as
 * text; the CSV has the BOM and exactly the chart's rows; the PNG is a real PNG whose Chinese
 * title rendered as glyphs (not blank, and not the identical "tofu" boxes a missing CJK font
 * gives: two titles with different first characters must draw different first glyphs).
 * The Embed button shows an iframe snippet for the current URL with embed=1.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ outDir: process.env.ATLAS_DIST });
});
afterAll(async () => h?.close());

interface IndicatorInfo { indicator_id: string; name_zh: string; n_jurisdictions: number }

async function openCompare(indicator?: string): Promise<{ page: Page; errors: string[] }> {
  const q = `?view=compare&lang=zh${indicator ? `&indicator=${encodeURIComponent(indicator)}` : ''}`;
  const v = await h.open(q, { viewport: { width: 1000, height: 900 } });
  await v.page.waitForFunction(() => document.documentElement.dataset.atlasDb === 'ready', null, { timeout: 60_000 });
  await v.page.waitForSelector('svg[data-chart="compare"] [data-jurisdiction]', { timeout: 30_000 });
  await v.page.waitForSelector('[data-export="png"]:not([disabled])');
  // The source line gets document titles in a second step once the database is up.
  await v.page.waitForFunction(() => document.documentElement.dataset.atlasSources !== 'loading', null, { timeout: 30_000 });
  return { page: v.page, errors: v.consoleErrors };
}

async function downloadOf(page: Page, kind: 'png' | 'svg' | 'csv'): Promise<{ dl: Download; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  const path = await dl.path();
  return { dl, bytes: await readFile(path) };
}

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Decode a PNG in the page; return its size and an ink mask (dark pixels) of a region. */
async function pngInk(page: Page, png: Buffer, region: { x: number; y: number; w: number; h: number }) {
  return page.evaluate(
    async ({ b64, r }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const d = ctx.getImageData(r.x, r.y, r.w, r.h).data;
      const mask: number[] = [];
      for (let i = 0; i < d.length; i += 4) mask.push(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2] < 140 ? 1 : 0);
      return { width: bmp.width, height: bmp.height, mask, ink: mask.reduce((a, b) => a + b, 0) };
    },
    { b64: png.toString('base64'), r: region },
  );
}

describe('Export menu', () => {
  it('downloads an SVG with the chart, title, source and data date', async () => {
    const { page, errors } = await openCompare();
    const title = (await page.textContent('h2.chart-title'))!.trim();
    const sources = await page.$$eval('.source-line span', (s) => s.map((e) => e.textContent ?? ''));
    const { dl, bytes } = await downloadOf(page, 'svg');
    expect(dl.suggestedFilename()).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('svg > text')].map((t) => ({ role: t.getAttribute('data-role'), text: t.textContent })),
        marks: doc.querySelectorAll('[data-jurisdiction]').length,
        scripts: doc.querySelectorAll('script, foreignObject').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    // Wrapped lines drop the space they broke at: compare without whitespace.
    const joined = (role: string) => parsed.texts.filter((t) => t.role === role).map((t) => t.text).join('').replace(/\s+/g, '');
    expect(joined('title')).toBe(title.replace(/\s+/g, ''));
    for (const s of sources) expect(joined('source')).toContain(s.replace(/\s+/g, ''));
    expect(joined('date')).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(parsed.marks).toBe(await page.locator('svg[data-chart="compare"] [data-jurisdiction]').count());
    expect(parsed.scripts).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a CSV with a UTF-8 BOM and the chart rows', async () => {
    const { page } = await openCompare();
    const marks = await page.$$eval('svg[data-chart="compare"] [data-jurisdiction]', (els) =>
      els.map((e) => ({ jurisdiction: e.getAttribute('data-jurisdiction') ?? '', value: e.getAttribute('data-value') ?? '' })),
    );
    const { dl, bytes } = await downloadOf(page, 'csv');
    expect(dl.suggestedFilename()).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    const col = (name: string) => header.indexOf(name);
    expect(col('jurisdiction')).toBeGreaterThanOrEqual(0);
    expect(col('value')).toBeGreaterThanOrEqual(0);
    expect(rows.length).toBe(marks.length);
    for (const r of rows) expect(r.length).toBe(header.length);
    const csvPairs = rows.map((r) => `${r[col('jurisdiction')]}=${r[col('value')] === '' ? '' : Number(r[col('value')])}`).sort();
    const markPairs = marks.map((m) => `${m.jurisdiction}=${m.value === '' ? '' : Number(m.value)}`).sort();
    expect(csvPairs).toEqual(markPairs);
    // Chinese survived the round trip.
    expect(rows.some((r) => /[\u4e00-\u9fff]/.test(r[col('jurisdiction')]))).toBe(true);
    await page.close();
  });

  it('downloads a PNG whose Chinese title is drawn with real glyphs', async () => {
    // A CJK font must exist, or Chromium would draw identical boxes for every character.
    const fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
    expect(fonts.trim()).not.toBe('');

    // Two charted indicators whose Chinese names start with different characters.
    const { page } = await openCompare();
    const indicators = await page.evaluate(async () => {
      const res = await fetch('data/snapshot.json');
      return ((await res.json()) as { indicators: IndicatorInfo[] }).indicators;
    });
    const charted = indicators.filter((i) => i.n_jurisdictions > 0);
    const a = charted[0];
    const b = charted.find((i) => i.name_zh[0] !== a.name_zh[0]);
    expect(b).toBeDefined();

    const glyphs: number[][] = [];
    for (const ind of [a, b!]) {
      const { page: p } = await openCompare(ind.indicator_id);
      expect((await p.textContent('h2.chart-title'))!.trim()).toBe(ind.name_zh);
      const png = (await downloadOf(p, 'png')).bytes;
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const svg = (await downloadOf(p, 'svg')).bytes.toString('utf8');
      const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
      const whole = await pngInk(p, png, { x: 0, y: 0, w: 1, h: 1 });
      const s = whole.width / svgWidth; // device pixels per SVG px
      // The first title character's em box: padding 16, font-size 18, baseline at y = 34.
      const cell = await pngInk(p, png, { x: Math.round(16 * s), y: Math.round(14 * s), w: Math.round(18 * s), h: Math.round(24 * s) });
      expect(cell.ink).toBeGreaterThan(20); // not blank
      glyphs.push(cell.mask);
      await p.close();
    }
    const differing = glyphs[0].filter((v, i) => v !== glyphs[1][i]).length;
    expect(differing).toBeGreaterThan(20); // different characters, different shapes: no tofu
    await page.close();
  });

  it('shows an embed snippet for the current view with embed=1', async () => {
    const { page } = await openCompare();
    await page.click('.embed-button');
    const code = await page.inputValue('.embed-dialog textarea');
    expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+"[^>]*loading="lazy"[^>]*><\/iframe>$/);
    const src = /src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
    const u = new URL(src);
    expect(u.searchParams.get('embed')).toBe('1');
    expect(u.searchParams.get('view')).toBe(new URL(page.url()).searchParams.get('view'));
    // The embedded page renders the chart alone.
    const e = await h.open(u.pathname + u.search, { viewport: { width: 600, height: 600 } });
    await e.page.waitForSelector('svg[data-chart="compare"]', { timeout: 30_000 });
    expect(await e.page.locator('.embed-root').count()).toBe(1);
    await e.page.close();
    await page.close();
  });
});
