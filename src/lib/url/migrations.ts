/**
 * Old URLs are upgraded before parsing by an ordered list of URLSearchParams → URLSearchParams
 * functions (OWID grapher's pattern). Each migration is pure and returns a new object.
 */
export type Migration = (params: URLSearchParams) => URLSearchParams;

/**
 * v0 → v1: early builds used `tab` for the view, `ind` for the indicator and `region` for the
 * jurisdictions, and `year=all` for every year; v1 names them like the view state and uses `latest`.
 */
const renameV0Params: Migration = (params) => {
  const out = new URLSearchParams(params);
  const renames: [string, string][] = [['tab', 'view'], ['ind', 'indicator'], ['region', 'jurisdictions']];
  for (const [from, to] of renames) {
    const v = out.get(from);
    out.delete(from);
    if (v !== null && !out.has(to)) out.set(to, v);
  }
  if (out.get('year') === 'all') out.set('year', 'latest');
  return out;
};

export const MIGRATIONS: readonly Migration[] = [renameV0Params];

export function migrateParams(params: URLSearchParams, migrations: readonly Migration[] = MIGRATIONS): URLSearchParams {
  return migrations.reduce((p, m) => m(p), new URLSearchParams(params));
}
