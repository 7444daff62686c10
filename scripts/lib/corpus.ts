import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFile } from '../../src/lib/tables/build.ts';

/** Every regular file of a corpus folder (not recursive), sorted by name. */
export async function readCorpus(dir: string): Promise<InputFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile()).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}
