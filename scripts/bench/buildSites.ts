import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Build the app and the floor page for one data dir, each into its own outDir, as
 * `npm run build` does: scripts/snapshot.ts (ATLAS_DATA_DIR → generated public dir), then vite.
 */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (b: Buffer) => (log += b.toString()));
    child.stderr.on('data', (b: Buffer) => (log += b.toString()));
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${log.slice(-3000)}`))));
  });
}

export interface Sites {
  app: string;
  floor: string;
}

/** dataDir null = the project's own data/ (the bundled site). */
export async function buildSites(root: string, dataDir: string | null, outBase: string): Promise<Sites> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...(dataDir ? { ATLAS_DATA_DIR: resolve(dataDir) } : {}) };
  if (!dataDir) delete env['ATLAS_DATA_DIR'];
  delete env['ATLAS_PUBLIC_DIR'];
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const sites: Sites = { app: resolve(outBase, 'app'), floor: resolve(outBase, 'floor') };
  await run(process.execPath, ['--import', 'tsx', 'scripts/snapshot.ts'], root, env);
  await run(process.execPath, [vite, 'build', '--outDir', sites.app, '--emptyOutDir', '--logLevel', 'warn'], root, env);
  await run(process.execPath, [vite, 'build', '--config', 'scripts/bench/floor/vite.config.ts', '--outDir', sites.floor], root, env);
  return sites;
}
