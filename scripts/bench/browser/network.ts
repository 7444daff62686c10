import type { Page, Request } from 'playwright-core';

/**
 * Bytes a cold load transfers, from Playwright's network events (page and its workers): each
 * response's encoded body plus headers as received. Vite's preview server compresses text
 * responses (gzip), so JS and data sizes are what a compressing static host would send.
 */
export interface Transfer {
  totalBytes: number; // on the wire, all responses
  requests: number;
  jsGzipBytes: number; // JS loaded, excluding DuckDB-WASM's worker
  duckdbWorkerBytes: number;
  wasmBytes: number;
  dataBytes: number; // data/ files (snapshot.json, *.duckdb)
  byFile: { url: string; bytes: number }[];
}

const DUCKDB_WORKER = /duckdb-browser-.*\.worker/;

export async function recordTransfer(page: Page): Promise<{ finish(): Promise<Transfer> }> {
  const done: Promise<{ url: string; bytes: number } | null>[] = [];
  const onFinished = (req: Request) => {
    done.push(
      req.sizes().then(
        (s) => ({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize }),
        () => null,
      ),
    );
  };
  page.context().on('requestfinished', onFinished);
  return {
    async finish() {
      page.context().off('requestfinished', onFinished);
      const byFile = (await Promise.all(done)).filter((x): x is { url: string; bytes: number } => x !== null);
      byFile.sort((a, b) => b.bytes - a.bytes);
      const sum = (pred: (path: string) => boolean) => byFile.filter((f) => pred(new URL(f.url).pathname)).reduce((a, f) => a + f.bytes, 0);
      return {
        totalBytes: sum(() => true),
        requests: byFile.length,
        jsGzipBytes: sum((p) => p.endsWith('.js') && !DUCKDB_WORKER.test(p)),
        duckdbWorkerBytes: sum((p) => DUCKDB_WORKER.test(p)),
        wasmBytes: sum((p) => p.endsWith('.wasm')),
        dataBytes: sum((p) => p.includes('/data/')),
        byFile: byFile.slice(0, 20),
      };
    },
  };
}
