import { describe, expect, it } from 'vitest';
import { withQueryCache } from '../../../src/lib/db/cache.ts';
import type { Db } from '../../../src/lib/db/types.ts';

function fakeDb(fail = new Set<string>()): Db & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    query: async <T extends object>(sql: string, params: unknown[] = []) => {
      calls.push(`${sql}|${JSON.stringify(params)}`);
      if (fail.has(sql)) throw new Error('boom');
      return [{ sql, params }] as unknown as T[];
    },
    close: async () => undefined,
  };
}

describe('withQueryCache', () => {
  it('answers a repeated question (same SQL and parameters) without asking again', async () => {
    const inner = fakeDb();
    const db = withQueryCache(inner);
    const a = await db.query('SELECT $1', [1]);
    expect(await db.query('SELECT $1', [1])).toBe(a);
    await db.query('SELECT $1', [2]);
    await db.query('SELECT 2', [1]);
    expect(inner.calls).toEqual(['SELECT $1|[1]', 'SELECT $1|[2]', 'SELECT 2|[1]']);
    expect(db.cacheStats).toEqual({ hits: 1, misses: 3, size: 3 });
  });

  it('shares one promise between concurrent identical questions', async () => {
    const inner = fakeDb();
    const db = withQueryCache(inner);
    const [x, y] = await Promise.all([db.query('Q'), db.query('Q')]);
    expect(x).toBe(y);
    expect(inner.calls).toHaveLength(1);
  });

  it('does not keep failures', async () => {
    const inner = fakeDb(new Set(['BAD']));
    const db = withQueryCache(inner);
    await expect(db.query('BAD')).rejects.toThrow('boom');
    await expect(db.query('BAD')).rejects.toThrow('boom');
    expect(inner.calls).toHaveLength(2);
  });

  it('evicts the least recently used entry beyond the limit', async () => {
    const inner = fakeDb();
    const db = withQueryCache(inner, 2);
    await db.query('A');
    await db.query('B');
    await db.query('A'); // A is now the most recent
    await db.query('C'); // evicts B
    await db.query('A');
    await db.query('B');
    expect(inner.calls).toEqual(['A|[]', 'B|[]', 'C|[]', 'B|[]']);
  });

  it('passes ensureTable through', async () => {
    const seen: string[] = [];
    const db = withQueryCache({ ...fakeDb(), ensureTable: async (t) => void seen.push(t) });
    await db.ensureTable?.('facts');
    expect(seen).toEqual(['facts']);
    expect(withQueryCache(fakeDb()).ensureTable).toBeUndefined();
  });
});
