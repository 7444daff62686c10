/**
 * Where does each interaction's time go, thread by thread? Loads a built bench site, runs the bench's own
 * interactions (browser/interactions.ts) under a Chromium trace, and for every measured window
 * (performance marks bench:t0 → bench:t1, set by pageProbe) splits the wall time into: main-thread
 * script, style, layout, paint, GC, other main-thread work, and time the DuckDB worker was busy.
 *   npx tsx scripts/bench/trace.ts --size=1m [--site=dir] [--repeats=10] [--inclusive] [--top=N] [--skip=K]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInteractions, type InteractionName } from './browser/interactions.ts';
import { openSite } from './browser/openSite.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: ProfileData };
}
interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[] };
  timeDeltas?: number[];
}

/**
 * CPU samples of one thread from the trace's Profile/ProfileChunk events: [time, function label, stack].
 * With --inclusive the label counted is every distinct function on the stack (time including callees).
 */
function cpuSamples(events: TraceEvent[], pid: number, tid: number): [number, string, string[]][] {
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!start?.args?.data?.startTime) return [];
  const id = start.id;
  const labels = new Map<number, string>();
  const parents = new Map<number, number>();
  const stackOf = (id: number): string[] => {
    const out = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parents.get(n)) out.add(labels.get(n) ?? '?');
    return [...out];
  };
  const out: [number, string, string[]][] = [];
  let t = start.args.data.startTime;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== id || e.pid !== pid) continue;
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) {
      const f = n.callFrame;
      labels.set(n.id, `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? 0) + 1}`);
      if (n.parent !== undefined) parents.set(n.id, n.parent);
    }
    const samples = d?.cpuProfile?.samples ?? [];
    const deltas = d?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      out.push([t, labels.get(samples[i]!) ?? '?', stackOf(samples[i]!)]);
    }
  }
  return out;
}

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;

const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute',
  'disabled-by-default-v8.gc', 'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Main-thread event names → bucket. Nested events are attributed to the innermost bucketed event. */
const BUCKETS: Record<string, string> = {
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout', HitTest: 'layout',
  Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', UpdateLayer: 'paint', CompositeLayers: 'paint', Commit: 'paint', PaintImage: 'paint',
  MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc', 'V8.GC_MARK_COMPACTOR': 'gc', BlinkGC: 'gc', 'V8.GCIncrementalMarking': 'gc',
  FunctionCall: 'script', EvaluateScript: 'script', RunMicrotasks: 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  EventDispatch: 'script', 'v8.run': 'script', FireIdleCallback: 'script',
};

async function recordTrace(size: string, site: string, repeats: number): Promise<{ events: TraceEvent[]; order: [InteractionName, number][] }> {
  const { snap, server, browser, page, close } = await openSite(site);
  try {
    const cdp = await browser.context.newCDPSession(page);
    const chunks: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void chunks.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(',') }, transferMode: 'ReportEvents' });
    const results = await runInteractions(page, server.url, snap, { interactionRepeats: repeats, timeoutMs: 300_000, slowCapMs: 600_000, minSamples: repeats });
    await cdp.send('Tracing.end');
    await done;
    const order: [InteractionName, number][] = Object.entries(results).map(([k, v]) => [k as InteractionName, v.samples.length + v.errors.length]);
    console.log(`${size}: traced ${chunks.length} events`);
    return { events: chunks, order };
  } finally {
    await close();
  }
}

/** Busy time of one thread inside [a, b], split by bucket, innermost bucketed event wins. */
function split(events: TraceEvent[], a: number, b: number): Map<string, number> {
  const out = new Map<string, number>();
  // Complete events sorted by start; a stack of open bucketed events gives self time per bucket.
  const xs = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < b && e.ts + e.dur! > a).sort((p, q) => p.ts - q.ts || q.dur! - p.dur!);
  const tasks = xs.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  let busy = 0;
  let lastEnd = -Infinity;
  for (const t of tasks) {
    const s = Math.max(t.ts, a, lastEnd);
    const e = Math.min(t.ts + t.dur!, b);
    if (e > s) busy += e - s;
    lastEnd = Math.max(lastEnd, t.ts + t.dur!);
  }
  out.set('busy', busy);
  // Self time per bucket: sweep over bucketed events with a stack.
  const bucketed = xs.filter((e) => BUCKETS[e.name]);
  const stack: { end: number; bucket: string }[] = [];
  let cursor = a;
  const add = (bucket: string, until: number) => {
    const d = Math.min(until, b) - Math.max(cursor, a);
    if (d > 0) out.set(bucket, (out.get(bucket) ?? 0) + d);
  };
  const popUntil = (t: number) => {
    while (stack.length && stack.at(-1)!.end <= t) {
      const top = stack.pop()!;
      add(top.bucket, top.end);
      cursor = Math.max(cursor, top.end);
    }
  };
  for (const e of bucketed) {
    popUntil(e.ts);
    if (stack.length) add(stack.at(-1)!.bucket, e.ts);
    cursor = Math.max(cursor, e.ts);
    stack.push({ end: e.ts + e.dur!, bucket: BUCKETS[e.name]! });
  }
  popUntil(Infinity);
  return out;
}

async function main(): Promise<void> {
  const size = arg('size', '1m');
  const site = resolve(arg('site', join(ROOT, 'test/bench/out', `site-${size}`, 'app')));
  const repeats = Number(arg('repeats', '10'));
  const { events, order } = await recordTrace(size, site, repeats);
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && (e.name === 'bench:t0' || e.name === 'bench:t1')).sort((p, q) => p.ts - q.ts);
  const main = [...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const workers = [...threadName].filter(([, n]) => n.startsWith('DedicatedWorker')).map(([k]) => k);
  const markPid = marks[0] ? `${marks[0].pid}` : '';
  const mainKey = main.find((k) => k.startsWith(`${markPid}:`)) ?? main[0]!;
  const byThread = (keys: string[]) => events.filter((e) => keys.includes(`${e.pid}:${e.tid}`));
  const mainEvents = byThread([mainKey]);
  const workerEvents = byThread(workers.filter((k) => k.startsWith(`${markPid}:`)));
  const windows: [number, number][] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]!.name === 'bench:t0' && marks[i + 1]?.name === 'bench:t1') windows.push([marks[i]!.ts, marks[++i]!.ts]);
  console.log(`${windows.length} measured windows; main ${mainKey}, workers ${workers.join(' ')}`);
  const cols = ['wall', 'main busy', 'script', 'style', 'layout', 'paint', 'gc', 'worker busy'];
  console.log(['interaction'.padEnd(20), ...cols.map((c) => c.padStart(11))].join(''));
  const [pid, tid] = mainKey.split(':').map(Number) as [number, number];
  const inclusive = process.argv.includes('--inclusive');
  const samples = cpuSamples(events, pid, tid).sort((p, q) => p[0] - q[0]);
  const selfByInteraction = new Map<string, Map<string, number>>();
  let w = 0;
  for (const [name, n] of order) {
    const self = selfByInteraction.set(name, new Map()).get(name)!;
    // --skip=K leaves out each interaction's first K samples (cold start) from the function table.
    const skip = Number(arg('skip', '0'));
    for (let i = skip; i < n && w + i < windows.length; i++) {
      const [a, b] = windows[w + i]!;
      for (let k = 1; k < samples.length; k++) {
        const [ts, label, stack] = samples[k]!;
        if (ts < a || ts > b || label.startsWith('(idle)') || label.startsWith('(program)')) continue;
        for (const l of inclusive ? stack : [label]) self.set(l, (self.get(l) ?? 0) + (ts - samples[k - 1]![0]) / 1000 / Math.max(1, n - skip));
      }
    }
    w += n;
  }
  w = 0;
  for (const [name, n] of order) {
    for (let i = 0; i < n && w < windows.length; i++, w++) {
      const [a, b] = windows[w]!;
      const m = split(mainEvents, a, b);
      const k = split(workerEvents, a, b);
      const ms = (v: number | undefined) => ((v ?? 0) / 1000).toFixed(1).padStart(11);
      console.log([`${name}#${i}`.padEnd(20), ms(b - a), ms(m.get('busy')), ms(m.get('script')), ms(m.get('style')), ms(m.get('layout')), ms(m.get('paint')), ms(m.get('gc')), ms(k.get('busy'))].join(''));
    }
  }
  const top = Number(arg('top', '12'));
  for (const [name, self] of selfByInteraction) {
    if (!self.size) continue;
    console.log(`\n${name}: main-thread ${inclusive ? 'inclusive' : 'self'} time per interaction (mean, ms)`);
    for (const [label, v] of [...self].sort((p, q) => q[1] - p[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)}  ${label}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
