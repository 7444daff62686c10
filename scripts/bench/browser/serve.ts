import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

/** Serve a built site (dist-like folder) with Vite's preview server on 127.0.0.1, port 0. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string): Promise<Served> {
  const outDir = resolve(dir); // a relative outDir would be resolved against root a second time
  const server: PreviewServer = await preview({
    configFile: false,
    root: outDir,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
