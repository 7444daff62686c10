import { describe, expect, it } from 'vitest';
import { warmInIdle, type IdleScheduler } from '../../../src/lib/db/warm.ts';

/** A scheduler the test drives: `idle()` runs the pending callback, as an idle slot would. */
function manualScheduler() {
  let pending: { id: number; cb: () => void } | null = null;
  let ids = 0;
  const s: IdleScheduler & { idle: () => Promise<boolean> } = {
    request: (cb) => ((pending = { id: ++ids, cb }), ids),
    cancel: (h) => void (pending?.id === h && (pending = null)),
    idle: async () => {
      await new Promise((r) => setTimeout(r, 0)); // let the previous task's promise settle
      const p = pending;
      pending = null;
      p?.cb();
      return p !== null;
    },
  };
  return s;
}

describe('warmInIdle', () => {
  it('runs the tasks in order, one per idle slot, each after the previous one settled', async () => {
    const s = manualScheduler();
    const log: string[] = [];
    let release!: () => void;
    const slow = () => new Promise<void>((r) => (release = () => (log.push('a done'), r())));
    warmInIdle([() => (log.push('a'), slow()), () => log.push('b'), () => log.push('c')], s);
    expect(log).toEqual([]);
    await s.idle();
    expect(log).toEqual(['a']);
    expect(await s.idle()).toBe(false); // nothing scheduled while a is running
    release();
    await s.idle();
    await s.idle();
    expect(log).toEqual(['a', 'a done', 'b', 'c']);
    expect(await s.idle()).toBe(false);
  });

  it('skips failing tasks (thrown or rejected) and goes on', async () => {
    const s = manualScheduler();
    const log: string[] = [];
    const boom = () => {
      throw new Error('x');
    };
    warmInIdle([boom, () => Promise.reject(new Error('y')), () => log.push('ok')], s);
    for (let i = 0; i < 3; i++) await s.idle();
    expect(log).toEqual(['ok']);
  });

  it('starts no further task once cancelled', async () => {
    const s = manualScheduler();
    const log: string[] = [];
    const cancel = warmInIdle([() => log.push('a'), () => log.push('b')], s);
    await s.idle();
    cancel();
    expect(await s.idle()).toBe(false);
    expect(log).toEqual(['a']);
  });
});
