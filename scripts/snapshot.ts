/**
 * First step of `npm run build`: turn the published tables (ATLAS_DATA_DIR, default data/) into the
 * site's data folder inside the generated public dir (scripts/lib/db/paths.ts), which Vite serves and
 * copies into dist/:
 *   data/atlas-<hash>.duckdb.gz  chart tables (documents meta, jurisdictions, indicators, headline),
 *                                attached READ_ONLY by DuckDB-WASM at start-up
 *   data/docs-<hash>.duckdb.gz   texts, all facts, checks: attached when a document is opened
 *   data/snapshot.json        lists + first-screen rows   (paints before DuckDB-WASM is ready)
 *   data/build-info.json      data date, counts, source hashes (no build time: reproducible)
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { BUILD_INFO_FILE, DATA_PATH, SNAPSHOT_FILE } from '../src/lib/db/snapshot.ts';
import { buildDatabaseFiles, describeSources } from './lib/db/buildDatabase.ts';
import { buildInfo, buildSnapshot } from './lib/db/buildSnapshot.ts';
import { openNodeApiDb, sqlString } from './lib/db/nodeApiDb.ts';
import { dataDir, generatedPublicDir, STATIC_PUBLIC_DIR } from './lib/db/paths.ts';

/**
 * The shipped form of a database file: gzip-compressed by us (static hosts rarely compress binary types;
 * the browser inflates it with the native DecompressionStream) under a content-hashed name, so a
 * redeploy never serves a stale file from cache.
 */
function shipped(path: string, stem: string): { name: string; bytes: Buffer } {
  const bytes = gzipSync(readFileSync(path), { level: 6 });
  return { name: `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.duckdb.gz`, bytes };
}

async function main(): Promise<void> {
  const src = dataDir();
  const pub = generatedPublicDir();
  const t0 = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-snapshot-'));
  try {
    const dbPath = join(tmp, 'atlas.duckdb');
    const docsPath = join(tmp, 'docs.duckdb');
    await buildDatabaseFiles(src, join(tmp, 'work.duckdb'), dbPath, docsPath);
    const dbFile = shipped(dbPath, 'atlas');
    const docsFile = shipped(docsPath, 'docs');
    const files = { database: dbFile.name, documents: docsFile.name, database_bytes: dbFile.bytes.length, documents_bytes: docsFile.bytes.length };
    // The snapshot queries run on the shipped files themselves, opened read-only.
    const ro = await openNodeApiDb(dbPath, { readOnly: true });
    await ro.exec(`ATTACH ${sqlString(docsPath)} AS docs (READ_ONLY)`);
    const info = await buildInfo(ro, describeSources(src));
    const snapshot = await buildSnapshot(ro, files, info);
    await ro.close();

    rmSync(pub, { recursive: true, force: true });
    mkdirSync(join(pub, DATA_PATH), { recursive: true });
    if (existsSync(STATIC_PUBLIC_DIR)) cpSync(STATIC_PUBLIC_DIR, pub, { recursive: true });
    writeFileSync(join(pub, DATA_PATH, dbFile.name), dbFile.bytes);
    writeFileSync(join(pub, DATA_PATH, docsFile.name), docsFile.bytes);
    writeFileSync(join(pub, DATA_PATH, SNAPSHOT_FILE), JSON.stringify(snapshot));
    writeFileSync(join(pub, DATA_PATH, BUILD_INFO_FILE), JSON.stringify(info, null, 2) + '\n');
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `snapshot: ${src} → ${pub}: ${info.n_documents} documents, ${info.n_facts} facts; ` +
        `${dbFile.name} ${kb(files.database_bytes)}, ${docsFile.name} ${kb(files.documents_bytes)}, ` +
        `snapshot.json ${kb(JSON.stringify(snapshot).length)} (${Object.keys(snapshot.compare_latest).length} indicators) ` +
        `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error('snapshot failed:', e instanceof Error ? (e.stack ?? e.message) : e);
  if (e && typeof e === 'object' && 'sql' in e) console.error('SQL:', (e as { sql: string }).sql);
  process.exit(1);
});
