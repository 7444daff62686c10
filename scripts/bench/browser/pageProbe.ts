import type { Page } from 'playwright-core';

/**
 * In-page timing for the browser bench. Times are performance.now() in the page, i.e. ms since
 * navigation start, taken one frame after the DOM change (rAF + a message: after paint).
 * The app's DOM contract used here: chart <svg data-chart="compare|trend|coverage"> with marks
 * `.mark` carrying data-jurisdiction/-year/-value(/-indicator); the db loading line
 * `[data-loading="db"]`; the indicator <select> in `.controls`; view links in `nav.views`.
 */
export const MARKS = {
  compare: 'svg[data-chart="compare"] .mark',
  trend: 'svg[data-chart="trend"] .mark',
  coverage: 'svg[data-chart="coverage"] .mark',
} as const;
export type ChartKind = keyof typeof MARKS;
export const DB_LOADING = '[data-loading="db"]';

declare global {
  interface Window {
    __bench?: { firstMarks: number | null; t0: number | null; t1: number | null; sig0: string | null; done?: Promise<void> };
  }
}

/** Installed before any page script: records when the first compare mark is painted. */
export function firstMarksInitScript(selector: string): string {
  return `(() => {
    const b = (window.__bench = { firstMarks: null, t0: null, t1: null, sig0: null });
    const afterPaint = (f) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = f; c.port2.postMessage(0); });
    const obs = new MutationObserver(() => {
      if (b.firstMarks === null && document.querySelector(${JSON.stringify(selector)})) {
        obs.disconnect();
        afterPaint(() => { b.firstMarks = performance.now(); });
      }
    });
    obs.observe(document, { subtree: true, childList: true });
  })();`;
}

// In-page code is passed as strings: tsx/esbuild (keepNames) would wrap functions given to
// page.evaluate in a __name() helper that does not exist in the page.
const SIGNATURE_JS = `(sel) => {
  const m = document.querySelectorAll(sel);
  if (m.length === 0) return null;
  const pick = (e) => e.getAttribute('data-jurisdiction') + '/' + e.getAttribute('data-year') + '/' + e.getAttribute('data-value') + '/' + (e.getAttribute('data-indicator') || '');
  const parts = [String(m.length)];
  for (let i = 0; i < Math.min(20, m.length); i++) parts.push(pick(m[i]));
  parts.push(pick(m[m.length - 1]));
  return parts.join('|');
}`;

/** A cheap fingerprint of a chart's marks: count plus the first and last few marks' data. */
export function marksSignature(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(`(${SIGNATURE_JS})(${JSON.stringify(selector)})`) as Promise<string | null>;
}

/**
 * Arm a measurement: t0 = the first click/input/change event after arming, t1 = the frame after
 * the marks under `selector` differ from their signature now (or appear, if there are none).
 */
export async function armChange(page: Page, selector: string): Promise<void> {
  await page.evaluate(`(() => {
    const sig = ${SIGNATURE_JS};
    const sel = ${JSON.stringify(selector)};
    const b = window.__bench;
    b.t0 = null;
    b.t1 = null;
    b.sig0 = sig(sel);
    // settle() awaits this promise: one round trip, no polling of the page while it is being measured.
    let resolve;
    b.done = new Promise((r) => (resolve = r));
    const onEvent = () => { if (b.t0 === null) { b.t0 = performance.now(); performance.mark('bench:t0'); } };
    for (const type of ['click', 'input', 'change']) window.addEventListener(type, onEvent, { capture: true, once: true });
    const obs = new MutationObserver(() => {
      if (b.t0 === null) return;
      const s = sig(sel);
      if (s !== null && s !== b.sig0) {
        obs.disconnect();
        requestAnimationFrame(() => {
          const c = new MessageChannel();
          c.port1.onmessage = () => { b.t1 = performance.now(); performance.mark('bench:t1'); resolve(); };
          c.port2.postMessage(0);
        });
      }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  })()`);
}

/** Wait for an armed measurement; returns t0 and t1 (ms since navigation start). */
export async function settle(page: Page, timeoutMs: number): Promise<{ t0: number; t1: number }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no change of the marks within ${timeoutMs} ms`)), timeoutMs);
  });
  const done = page.evaluate('window.__bench.done');
  done.catch(() => undefined); // after a timeout, its rejection (page closed) is not an error of its own
  try {
    await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
  return page.evaluate('({ t0: window.__bench.t0, t1: window.__bench.t1 })') as Promise<{ t0: number; t1: number }>;
}

export async function waitFirstMarks(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction('window.__bench && window.__bench.firstMarks !== null', undefined, { timeout: timeoutMs, polling: 20 });
  return page.evaluate('window.__bench.firstMarks') as Promise<number>;
}

export async function waitDbReady(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(`!document.querySelector(${JSON.stringify(DB_LOADING)})`, undefined, { timeout: timeoutMs, polling: 20 });
  return page.evaluate('performance.now()') as Promise<number>;
}
