import { afterEach, expect, test, vi } from 'vitest';
import { dataUrl, fromRowTable, loadSnapshot, SNAPSHOT_VERSION, toRowTable } from '../../../src/lib/db/snapshot.ts';

afterEach(() => vi.unstubAllGlobals());

test('dataUrl resolves against the site base (served from any path)', () => {
  expect(dataUrl('snapshot.json', 'https://x.org/atlas/index.html?view=trend')).toBe('https://x.org/atlas/data/snapshot.json');
  expect(dataUrl('a.duckdb.gz', 'http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/data/a.duckdb.gz');
});

test('row tables round-trip, nulls included', () => {
  const rows = [{ a: 1, b: null, c: 'x' }, { a: null, b: 0, c: '' }];
  const t = toRowTable(rows);
  expect(t.columns).toEqual(['a', 'b', 'c']);
  expect(fromRowTable(t)).toEqual(rows);
  expect(fromRowTable(toRowTable([]))).toEqual([]);
});

test('loadSnapshot: clear errors for HTTP failures and unknown versions', async () => {
  const base = 'http://h/';
  vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
  await expect(loadSnapshot(base)).rejects.toThrow('Could not load http://h/data/snapshot.json: HTTP 404');
  vi.stubGlobal('fetch', vi.fn(async () => Response.json({ version: 99 })));
  await expect(loadSnapshot(base)).rejects.toThrow(/unsupported snapshot version 99/);
  vi.stubGlobal('fetch', vi.fn(async () => Response.json({ version: SNAPSHOT_VERSION, indicators: [] })));
  await expect(loadSnapshot(base)).resolves.toMatchObject({ version: SNAPSHOT_VERSION });
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
  await expect(loadSnapshot(base)).rejects.toThrow(/Could not fetch .*offline/);
});
