/**
 * Query + update as a rune helper: `useQuery(() => spec)` re-runs whenever the spec's key changes and
 * exposes `data` and `error`. A spec may answer synchronously (snapshot rows) so the first
 * chart paints without waiting; stale answers of an older key are dropped, and `data` is null while
 * the current key has no answer yet (or must wait for the database: spec returns null).
 */
export interface QuerySpec<T> {
  key: string;
  run: () => T | Promise<T>;
}

export interface QueryResult<T> {
  readonly data: T | null;
  readonly key: string | null; // key the data belongs to
  readonly error: string | null;
}

export function useQuery<T>(spec: () => QuerySpec<T> | null): QueryResult<T> {
  // Answers are read-only: kept raw (a deep proxy would wrap every row the charts read).
  let data = $state.raw<T | null>(null);
  let dataKey = $state<string | null>(null);
  let error = $state<string | null>(null);
  let wanted = $state<string | null>(null);
  // The key last asked. The spec re-runs whenever anything it reads changes (e.g. a new view context);
  // the same key is the same question, already answered or on its way: it is not asked again.
  let asked: string | null = null;
  let alive = true;
  $effect(() => () => void (alive = false));

  $effect(() => {
    const s = spec();
    wanted = s?.key ?? null;
    if (!s) {
      asked = null;
      return;
    }
    if (s.key === asked) return;
    const key = (asked = s.key);
    error = null;
    const current = () => alive && asked === key;
    const fail = (e: unknown) => {
      if (!current()) return;
      asked = null; // a later re-run may ask again
      error = e instanceof Error ? e.message : String(e);
    };
    let out: T | Promise<T>;
    try {
      out = s.run();
    } catch (e) {
      fail(e);
      return;
    }
    if (!(out instanceof Promise)) {
      data = out;
      dataKey = key;
      return;
    }
    out.then((v) => {
      if (!current()) return;
      data = v;
      dataKey = key;
    }, fail);
  });

  // Data of another key (an older question) is never shown as the answer to the current one.
  return {
    get data() { return dataKey !== null && dataKey === wanted ? data : null; },
    get key() { return dataKey; },
    get error() { return error; },
  };
}
