/**
 * Where each view's rows come from: the build-time snapshot when it holds them (first paint, before
 * DuckDB-WASM is ready), otherwise the database. Returns null when the answer must wait for the db.
 */
import { compareTop, compareTopAll, compareValues, coverageCells, coverageGroups, trendValues, type CompareTop } from '../lib/db/queries.ts';
import { COMPARE_TOP_N } from '../lib/db/sql.ts';
import { COVERAGE_MAX_COLUMNS } from '../lib/charts/coverage/coverageGroups.ts';
import { TREND_TOP_N } from '../lib/charts/trend/trendState.ts';
import { snapshotCompareRows, snapshotCompareTop, type Snapshot } from '../lib/db/snapshot.ts';
import type { CoverageCell, CoverageGroupCell, Db, ValueRow } from '../lib/db/types.ts';
import type { YearSelection } from '../lib/url/state.ts';
import type { QuerySpec } from './useQuery.svelte.ts';

export interface Sources {
  snapshot: Snapshot | null;
  db: Db | null;
}

const scope = (jurisdictions: readonly string[]) => (jurisdictions.length ? [...jurisdictions] : undefined);

/** A compare answer: every row in scope, or (nWithData set) only the top N rows plus the count with a value. */
export interface CompareAnswer {
  rows: ValueRow[];
  nWithData?: number;
}

/**
 * `topN`: with no jurisdictions picked and one year (or latest), ask the database only for the top N
 * (compareTop). The snapshot, when it holds the indicator, always answers with every row.
 */
export function compareSpec(
  src: Sources,
  indicator: string,
  years: YearSelection,
  jurisdictions: readonly string[],
  topN?: number,
): QuerySpec<CompareAnswer> | null {
  const key = `compare|${indicator}|${String(years)}|${jurisdictions.join(',')}`;
  if (years === 'latest' && src.snapshot) {
    const rows = snapshotCompareRows(src.snapshot, indicator);
    if (rows) {
      const sel = new Set(jurisdictions);
      return { key, run: () => ({ rows: sel.size ? rows.filter((r) => sel.has(r.jurisdiction_id)) : rows }) };
    }
    // At national scale the snapshot holds only the top rows: enough for the chart (same key as compareTop).
    const top = topN !== undefined && jurisdictions.length === 0 ? snapshotCompareTop(src.snapshot, indicator) : null;
    if (top && top.rows.length <= topN!) return { key: `${key}|top${topN}`, run: () => top };
  }
  const db = src.db;
  if (!db) return null;
  if (topN !== undefined && jurisdictions.length === 0 && years === 'latest' && topN <= COMPARE_TOP_N) {
    return {
      key: `${key}|top${topN}`,
      run: async () => {
        const top = (await latestTops(db)).get(indicator);
        return { rows: top?.rows.slice(0, topN) ?? [], nWithData: top?.nWithData ?? 0 };
      },
    };
  }
  if (topN !== undefined && jurisdictions.length === 0 && (years === 'latest' || years.length === 1)) {
    const year = years === 'latest' ? 'latest' : years[0]!;
    return { key: `${key}|top${topN}`, run: () => compareTop(db, { indicator, year, topN }) };
  }
  return { key, run: async () => ({ rows: await compareValues(db, { indicator, years, jurisdictions: scope(jurisdictions) }) }) };
}

const LATEST_TOPS = new WeakMap<Db, Promise<Map<string, CompareTop>>>();

/**
 * Every indicator's Compare top for the latest year, asked once per database (one query of a few
 * thousand rows, warmed in idle time): changing indicator in the default view then needs no worker
 * round trip at all. A failure is not kept.
 */
export function latestTops(db: Db): Promise<Map<string, CompareTop>> {
  let p = LATEST_TOPS.get(db);
  if (!p) {
    LATEST_TOPS.set(db, (p = compareTopAll(db, { year: 'latest' })));
    p.catch(() => LATEST_TOPS.delete(db));
  }
  return p;
}

/** Compare fetches only the top N when nothing is picked, unless per capita (which re-ranks) is on. */
export function compareFetchTopN(nPicked: number, perCapita: boolean): number | undefined {
  return nPicked === 0 && !perCapita ? COMPARE_TOP_N : undefined;
}

/** Trend draws the N highest only when none are picked and more are listed (undefined: all). */
export function trendTopN(nListed: number, nPicked: number): number | undefined {
  return nPicked === 0 && nListed > TREND_TOP_N ? TREND_TOP_N : undefined;
}

/** Coverage shows indicators × provinces when none are picked and too many are listed for a column each. */
export function coverageGrouped(nListed: number, nPicked: number): boolean {
  return nPicked === 0 && nListed > COVERAGE_MAX_COLUMNS;
}

/**
 * The first question of the Trend and Coverage views for a scope, exactly as they ask it (same keys,
 * same SQL): the app asks them in idle time so that opening either view is answered from the cache.
 */
export function otherViewSpecs(src: Sources, indicator: string | null, nListed: number, years: YearSelection): QuerySpec<object>[] {
  const specs: (QuerySpec<object> | null)[] = [
    indicator ? trendSpec(src, indicator, [], trendTopN(nListed, 0)) : null,
    coverageGrouped(nListed, 0) ? coverageGroupsSpec(src, years) : coverageSpec(src, years, []),
  ];
  return specs.filter((s) => s !== null);
}

/** `topN`: with no jurisdictions picked, only the N with the highest latest value (trendValues). */
export function trendSpec(src: Sources, indicator: string, jurisdictions: readonly string[], topN?: number): QuerySpec<ValueRow[]> | null {
  const db = src.db;
  if (!db) return null;
  return {
    key: `trend|${indicator}|${jurisdictions.join(',')}|${topN ?? ''}`,
    run: () => trendValues(db, { indicator, jurisdictions: scope(jurisdictions), topN }),
  };
}

export function coverageSpec(src: Sources, years: YearSelection, jurisdictions: readonly string[]): QuerySpec<CoverageCell[]> | null {
  const db = src.db;
  if (!db) return null;
  return {
    key: `coverage|${String(years)}|${jurisdictions.join(',')}`,
    run: () => coverageCells(db, { jurisdictions: scope(jurisdictions), years: years === 'latest' ? undefined : [...years] }),
  };
}

/** Coverage by province (national scale): the build-time aggregate, see coverageGroups. */
export function coverageGroupsSpec(src: Sources, years: YearSelection): QuerySpec<CoverageGroupCell[]> | null {
  const db = src.db;
  if (!db) return null;
  return { key: `coverage-groups|${String(years)}`, run: () => coverageGroups(db, { years: years === 'latest' ? undefined : [...years] }) };
}
