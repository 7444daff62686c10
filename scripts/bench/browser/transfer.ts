import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * JavaScript weight of a built site: gzip size of every .js file, split into DuckDB-WASM's own
 * files (its worker scripts; the .wasm is not JS) and the app's. Budget: app JS ≤ 150 KB gzip.
 */
export interface JsWeight {
  appGzipBytes: number;
  duckdbGzipBytes: number;
  files: { file: string; rawBytes: number; gzipBytes: number; duckdb: boolean }[];
}

const DUCKDB_OWN = /duckdb-browser-.*\.worker|duckdb-.*\.wasm/;

export async function jsWeight(outDir: string): Promise<JsWeight> {
  const files: JsWeight['files'] = [];
  for (const e of await readdir(outDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.js')) continue;
    const path = join(e.parentPath, e.name);
    const raw = await readFile(path);
    files.push({ file: relative(outDir, path), rawBytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length, duckdb: DUCKDB_OWN.test(e.name) });
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (dd: boolean) => files.filter((f) => f.duckdb === dd).reduce((a, f) => a + f.gzipBytes, 0);
  return { appGzipBytes: sum(false), duckdbGzipBytes: sum(true), files };
}

/** gzip size of some bytes (what a compressing server would send). */
export function gzipBytes(data: Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}
