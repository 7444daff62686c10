/**
 * Cache warming in idle time. Once the app is interactive, the answers a user is likely to ask for next
 * (e.g. the compare top-N of every indicator) are asked one at a time while the main thread is idle, so
 * the query cache (cache.ts) answers them from memory later. One question at a time keeps the worker
 * free for the user's own questions: theirs waits for at most one warming query. Cancellable.
 */
export interface IdleScheduler {
  request(cb: () => void): number;
  cancel(handle: number): void;
}

/** requestIdleCallback where the browser has it (with a timeout so a busy page still warms), else a timer. */
export function defaultIdleScheduler(): IdleScheduler {
  const g = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  if (g.requestIdleCallback && g.cancelIdleCallback) {
    const [req, can] = [g.requestIdleCallback.bind(g), g.cancelIdleCallback.bind(g)];
    return { request: (cb) => req(cb, { timeout: 250 }), cancel: (h) => can(h) };
  }
  return { request: (cb) => setTimeout(cb, 0) as unknown as number, cancel: (h) => clearTimeout(h) };
}

/**
 * Runs `tasks` in order, each one started in an idle slot after the previous one settled. A failing task
 * is skipped (the cache keeps no failures; the user's own question will report it). Returns `cancel`:
 * no further task starts (one already running finishes, its answer still cached).
 */
export function warmInIdle(tasks: readonly (() => unknown)[], schedule: IdleScheduler = defaultIdleScheduler()): () => void {
  let next = 0;
  let handle: number | null = null;
  let cancelled = false;
  const step = () => {
    handle = null;
    if (cancelled || next >= tasks.length) return;
    const task = tasks[next++]!;
    let out: unknown;
    try {
      out = task();
    } catch {
      out = undefined;
    }
    Promise.resolve(out).catch(() => undefined).then(() => {
      if (!cancelled && next < tasks.length) handle = schedule.request(step);
    });
  };
  if (tasks.length) handle = schedule.request(step);
  return () => {
    cancelled = true;
    if (handle !== null) schedule.cancel(handle);
    handle = null;
  };
}
