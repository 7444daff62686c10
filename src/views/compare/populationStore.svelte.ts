/**
 * The population figures the per-capita view uses: the bundled, sourced table, unless the user has
 * uploaded their own (kept for the session, across view changes). A failed upload only records its
 * problems: whatever was in use before stays in use.
 */
import type { PopulationFigure } from '../../lib/charts/perCapita.ts';
import type { PopulationFigureRow } from '../../lib/db/types.ts';
import type { JurisdictionKey } from '../../lib/reference/matchJurisdictions.ts';
import { parseUserPopulation } from '../../lib/reference/userTable.ts';
import type { PopulationRow } from '../../lib/tables/types.ts';

export interface UserTable {
  file: string;
  rows: PopulationRow[];
  warnings: string[];
}
export interface UploadError {
  file: string;
  problems: string[];
}

class PopulationStore {
  user = $state.raw<UserTable | null>(null);
  error = $state.raw<UploadError | null>(null);

  /** Validate a file and, only if it is usable, replace the figures in use. */
  async upload(file: File, jurisdictions: readonly JurisdictionKey[]): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      this.error = { file: file.name, problems: [`could not read the file: ${e instanceof Error ? e.message : String(e)}`] };
      return;
    }
    const r = parseUserPopulation(bytes, jurisdictions);
    if (r.ok) {
      this.user = { file: file.name, rows: r.rows, warnings: r.warnings };
      this.error = null;
    } else {
      this.error = { file: file.name, problems: r.problems };
    }
  }

  reset(): void {
    this.user = null;
    this.error = null;
  }

  /** The figures in use: the user's table when there is one, else the bundled rows. */
  figures(bundled: readonly PopulationFigureRow[]): PopulationFigure[] {
    if (this.user) return this.user.rows.map((r) => ({ ...r, origin: 'user' as const }));
    return bundled.map((r) => ({ ...r, origin: 'bundled' as const }));
  }
}

export const populationStore = new PopulationStore();
