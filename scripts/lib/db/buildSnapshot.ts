/** The snapshot and build-info, computed with the same queries.ts functions the browser runs. */
import { COMPARE_TOP_N } from '../../../src/lib/charts/compare/compareState.ts';
import { compareTop, compareValues, defaultIndicator, listIndicators, listJurisdictions, listYears, populationRows } from '../../../src/lib/db/queries.ts';
import { SNAPSHOT_VERSION, toRowTable, type BuildInfo, type DataFiles, type Snapshot } from '../../../src/lib/db/snapshot.ts';
import type { Db } from '../../../src/lib/db/types.ts';
import type { Sources } from './buildDatabase.ts';

/** compare_latest holds every indicator while the JSON stays under this; else only the default (+ what fits). */
export const COMPARE_BUDGET_BYTES = 200_000;

/** `db` is the main file with the document file attached as `docs`. */
export async function buildInfo(db: Db, sources: Sources): Promise<BuildInfo> {
  const [c] = await db.query<Omit<BuildInfo, 'sources'>>(`SELECT
    (SELECT max(published) FROM documents WHERE published IS NOT NULL) AS data_date,
    (SELECT count(*) FROM documents) AS n_documents,
    (SELECT count(DISTINCT jurisdiction_id) FROM documents) AS n_jurisdictions,
    (SELECT count(*) FROM indicators) AS n_indicators,
    (SELECT count(*) FROM docs.facts) AS n_facts,
    (SELECT count(*) FROM docs.checks) AS n_checks`);
  return { ...c!, sources };
}

/**
 * `budgetBytes`/`topN` are for tests. When even the default indicator's rows exceed the budget (thousands of
 * jurisdictions) and there are more jurisdictions than the chart draws, the snapshot keeps only the
 * top N rows the first chart draws (compare_top): the file stays small and the first paint cheap.
 */
export async function buildSnapshot(
  db: Db,
  files: DataFiles,
  build: BuildInfo,
  opts: { budgetBytes?: number; topN?: number } = {},
): Promise<Snapshot> {
  const budget = opts.budgetBytes ?? COMPARE_BUDGET_BYTES;
  const topN = opts.topN ?? COMPARE_TOP_N;
  const jurisdictions = await listJurisdictions(db);
  const indicators = await listIndicators(db);
  const def = defaultIndicator(indicators);
  const order = [...(def ? [def] : []), ...indicators.filter((i) => i.n_facts > 0 && i.indicator_id !== def).map((i) => i.indicator_id)];
  const compare_latest: Snapshot['compare_latest'] = {};
  let compare_top: Snapshot['compare_top'];
  let bytes = 0;
  for (const id of order) {
    const rows = toRowTable(await compareValues(db, { indicator: id, years: 'latest' }));
    const size = JSON.stringify(rows).length;
    if (id === def && size > budget && jurisdictions.length > topN) {
      const top = await compareTop(db, { indicator: id, year: 'latest', topN });
      compare_top = { [id]: { rows: toRowTable(top.rows), n_with_data: top.nWithData } };
      break; // nothing else fits either
    }
    if (id !== def && bytes + size > budget) break;
    compare_latest[id] = rows;
    bytes += size;
  }
  return {
    version: SNAPSHOT_VERSION,
    build,
    files,
    indicators,
    jurisdictions,
    years: await listYears(db),
    default_indicator: def,
    compare_latest,
    ...(compare_top ? { compare_top } : {}),
    population: await populationRows(db),
  };
}
