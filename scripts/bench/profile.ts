/**
 * Where does an interaction's time go? Loads a built bench site (test/bench/out/site-<size>/app,
 * from a previous `npm run bench`), waits for the database, then records a main-thread CPU
 * profile around one interaction and prints wall time, main-thread busy time, and the top
 * functions by self time. Time the main thread is idle is spent waiting (DuckDB worker, network).
 *   npx tsx scripts/bench/profile.ts --size=1m --action=coverage|trend|indicator|year|jurisdiction
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSite } from './browser/openSite.ts';
import { armChange, MARKS, settle, waitDbReady, waitFirstMarks, type ChartKind } from './browser/pageProbe.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;

async function main(): Promise<void> {
  const size = arg('size', '1m');
  const action = arg('action', 'coverage');
  // --site=<dir> profiles another build, e.g. one made with `vite build --minify false` for readable names.
  const site = resolve(arg('site', join(ROOT, 'test/bench/out', `site-${size}`, 'app')));
  const { snap, server, browser: b, page, close } = await openSite(site);
  try {
    await page.goto(server.url);
    await waitFirstMarks(page, 300_000);
    await waitDbReady(page, 300_000);
    const other = snap.indicators.find((i) => i.n_facts > 0 && i.indicator_id !== snap.default_indicator)!.indicator_id;
    const plan: Record<string, [ChartKind, () => Promise<unknown>]> = {
      coverage: ['coverage', () => page.click('nav.views a >> nth=2')],
      trend: ['trend', () => page.click('nav.views a >> nth=1')],
      indicator: ['compare', () => page.selectOption('.controls select', other)],
      year: ['compare', async () => {
        await page.click('.controls details.multi >> nth=0 >> summary');
        await armChange(page, MARKS.compare);
        await page.click('.controls details.multi >> nth=0 >> .menu input[type=checkbox] >> nth=2');
      }],
      jurisdiction: ['compare', async () => {
        await page.click('.controls details.multi >> nth=1 >> summary');
        await armChange(page, MARKS.compare);
        await page.click('.controls details.multi >> nth=1 >> .menu input[type=checkbox] >> nth=1');
      }],
    };
    const [kind, act] = plan[action] ?? plan['coverage']!;
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await armChange(page, MARKS[kind]);
    await cdp.send('Profiler.start');
    await act();
    const { t0, t1 } = await settle(page, 300_000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let busy = 0;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const f = n.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') return;
      busy += dt;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`${action} on ${site}: ${(t1 - t0).toFixed(0)} ms wall, main thread busy ${busy.toFixed(0)} ms (rest: waiting for the DuckDB worker / network)`);
    for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
