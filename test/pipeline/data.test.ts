import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus.ts';
import { buildTables } from '../../src/lib/tables/build.ts';
import { sortTables, TABLE_NAMES, TABLE_SCHEMAS } from '../../src/lib/tables/schema.ts';
import { PROJECT_ROOT, readParquetFile, SHARED_CORPUS } from './ingestHelpers.ts';

/**
 * The committed data/*.parquet must be what the current pipeline builds from ../shared/corpus.
 * Fails whenever extraction changes until `npm run ingest` is re-run: that is the point.
 */
describe('committed data/ matches a fresh build', async () => {
  const fresh = sortTables(buildTables(await readCorpus(SHARED_CORPUS)));
  for (const name of TABLE_NAMES) {
    it(`data/${name}.parquet (regenerate with \`npm run ingest\`)`, async () => {
      const committed = await readParquetFile(join(PROJECT_ROOT, 'data', `${name}.parquet`));
      expect(committed.columns.map((c) => c.name)).toEqual(TABLE_SCHEMAS[name].map((c) => c.name));
      expect(committed.rows).toEqual(fresh[name]);
    });
  }
});
