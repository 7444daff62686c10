/**
 * Ties reference rows (name + optional parent/province) to the jurisdictions table. A row matches
 * when exactly one jurisdiction has that Chinese name and, where given, that parent and province.
 * No match or several matches keep the row with a null id and a message saying which.
 */
import type { JurisdictionRow, PopulationRow } from '../tables/types.ts';
import type { PopulationInput } from './populationCsv.ts';

export type JurisdictionKey = Pick<JurisdictionRow, 'jurisdiction_id' | 'name_zh' | 'parent' | 'province'>;

function place(r: Pick<PopulationInput, 'jurisdiction' | 'parent' | 'province'>): string {
  return [r.province, r.parent, r.jurisdiction].filter((x) => x).join('/');
}

/** The jurisdiction id for a row, or null with the reason. */
export function matchJurisdiction(
  r: Pick<PopulationInput, 'jurisdiction' | 'parent' | 'province'>,
  jurisdictions: readonly JurisdictionKey[],
): { id: string; message: '' } | { id: null; message: string } {
  const found = jurisdictions.filter(
    (j) =>
      j.name_zh === r.jurisdiction &&
      (r.parent === null || j.parent === r.parent) &&
      // A province-level unit is its own province (its `province` may be null or itself).
      (r.province === null || j.province === r.province || (j.province === null && j.name_zh === r.province)),
  );
  if (found.length === 1) return { id: found[0]!.jurisdiction_id, message: '' };
  if (found.length === 0) return { id: null, message: `no jurisdiction ${place(r)} in the data` };
  return { id: null, message: `${place(r)} is ambiguous (${found.map((j) => j.jurisdiction_id).join(', ')}): give parent and province` };
}

export function matchPopulation(rows: readonly PopulationInput[], jurisdictions: readonly JurisdictionKey[]): PopulationRow[] {
  return rows.map(({ line: _line, ...r }) => {
    const m = matchJurisdiction(r, jurisdictions);
    return { jurisdiction_id: m.id, ...r, message: m.message };
  });
}
