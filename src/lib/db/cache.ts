/**
 * Query results cached in the data layer. The browser's database is read-only, so an answer keyed by
 * SQL text + parameters stays valid: going back to an earlier indicator, year or view costs no worker
 * round trip. Concurrent identical questions share one promise; failures are not kept.
 */
import type { Db } from './types.ts';

export interface CachedDb extends Db {
  readonly cacheStats: { hits: number; misses: number; size: number };
}

export function withQueryCache(inner: Db, maxEntries = 64): CachedDb {
  const cache = new Map<string, Promise<object[]>>();
  const stats = { hits: 0, misses: 0 };
  const db: CachedDb = {
    query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
      const key = `${sql}\u0000${JSON.stringify(params)}`;
      const hit = cache.get(key);
      if (hit) {
        stats.hits += 1;
        cache.delete(key); // re-insert: Map order is the recency order
        cache.set(key, hit);
        return hit as Promise<T[]>;
      }
      stats.misses += 1;
      const p = inner.query<T>(sql, params);
      cache.set(key, p);
      p.catch(() => cache.get(key) === p && cache.delete(key));
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
      return p;
    },
    close: () => {
      cache.clear();
      return inner.close();
    },
    get cacheStats() {
      return { ...stats, size: cache.size };
    },
  };
  if (inner.ensureTable) db.ensureTable = (t) => inner.ensureTable!(t);
  return db;
}
