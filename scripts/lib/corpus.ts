import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFile } from '../../src/lib/tables/build.ts';
import { compareCodePoints } from '../../src/lib/tables/order.ts';

export interface CorpusListing {
  /** Regular files (symlinks followed), in code point order (see src/lib/tables/order.ts). */
  names: string[];
  /** Entries that are not regular files (subfolders, sockets…), reported instead of read. */
  notes: string[];
}

export interface CorpusRead {
  files: InputFile[];
  notes: string[];
}

/** The files of a corpus folder (not recursive), without reading them. */
export async function listCorpus(dir: string): Promise<CorpusListing> {
  const names: string[] = [];
  const notes: string[] = [];
  for (const name of (await readdir(dir)).sort(compareCodePoints)) {
    try {
      const s = await stat(join(dir, name));
      if (s.isDirectory()) notes.push(`${name}/: subfolder skipped (the corpus is read non-recursively)`);
      else if (!s.isFile()) notes.push(`${name}: not a regular file; skipped`);
      else names.push(name);
    } catch {
      names.push(name); // e.g. a dangling symlink: readCorpusFile reports why it cannot be read
    }
  }
  return { names, notes };
}

/** One corpus file; a read failure is returned as `readError` so the file still gets a row. */
export async function readCorpusFile(dir: string, name: string): Promise<InputFile> {
  try {
    return { name, bytes: new Uint8Array(await readFile(join(dir, name))) };
  } catch (e) {
    return { name, bytes: new Uint8Array(0), readError: e instanceof Error ? e.message : String(e) };
  }
}

/** Every regular file of a corpus folder, read into memory, plus notes on skipped entries. */
export async function readCorpusWithNotes(dir: string): Promise<CorpusRead> {
  const { names, notes } = await listCorpus(dir);
  const files: InputFile[] = [];
  for (const name of names) files.push(await readCorpusFile(dir, name));
  return { files, notes };
}

/** Every regular file of a corpus folder (not recursive), sorted by name. */
export async function readCorpus(dir: string): Promise<InputFile[]> {
  return (await readCorpusWithNotes(dir)).files;
}
