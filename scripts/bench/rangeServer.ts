import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

/**
 * A static file server on 127.0.0.1 that honours single Range headers (206) and counts the
 * bytes it sends, so a test can prove how little of a dataset a view fetched.
 */
export interface RangeServer {
  baseUrl: string;
  bytesServed(): number;
  requests(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startRangeServer(root: string): Promise<RangeServer> {
  let bytes = 0;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      requests++;
      const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!path.startsWith(root + sep)) return void res.writeHead(403).end();
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) return void res.writeHead(404).end();
      const size = info.size;
      const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      let start = 0;
      let end = size - 1;
      if (m) {
        if (m[1] === '') start = Math.max(0, size - Number(m[2])); // suffix range: last N bytes
        else {
          start = Number(m[1]);
          if (m[2] !== '') end = Math.min(size - 1, Number(m[2]));
        }
        if (start > end || start >= size) return void res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      }
      const length = end - start + 1;
      res.writeHead(m ? 206 : 200, {
        'Accept-Ranges': 'bytes', 'Content-Length': length, 'Content-Type': 'application/octet-stream',
        ...(m ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
      });
      if (req.method === 'HEAD') return void res.end();
      bytes += length;
      createReadStream(path, { start, end }).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    bytesServed: () => bytes,
    requests: () => requests,
    reset: () => {
      bytes = 0;
      requests = 0;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
