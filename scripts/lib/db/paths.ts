/**
 * Where the snapshot build reads and writes. The generated public dir (served by Vite and copied into
 * dist) lives under node_modules/.cache so it is never committed, and is keyed by the data dir so
 * builds of different data (e.g. the benchmark's synthetic sets) never overwrite each other.
 */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The published tables folder: env ATLAS_DATA_DIR, default data/. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.ATLAS_DATA_DIR || 'data');
}

/** The generated public dir for a data dir: env ATLAS_PUBLIC_DIR, else a cache folder keyed by it. */
export function generatedPublicDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ATLAS_PUBLIC_DIR) return resolve(PROJECT_ROOT, env.ATLAS_PUBLIC_DIR);
  const key = createHash('sha1').update(dataDir(env)).digest('hex').slice(0, 10);
  return join(PROJECT_ROOT, 'node_modules/.cache/fazhi-atlas', key, 'public');
}

/** Static files the app itself ships (favicon etc.), merged into the generated public dir if present. */
export const STATIC_PUBLIC_DIR = join(PROJECT_ROOT, 'public');
