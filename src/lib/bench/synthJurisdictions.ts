import { jurisdictionId, type JurisdictionRow } from '../tables/types.ts';
import { Rng } from './random.ts';
import { synthName, type SynthLevel } from './synthNames.ts';

/**
 * A plausible province → prefecture → county hierarchy of about 3,000 synthetic jurisdictions
 * (China has 34 provincial, 333 prefectural and ~2,850 county-level units).
 */
export interface HierarchyOptions {
  seed: number;
  provinces: number; // 31 gives ~3,000 jurisdictions in all
}

export function buildJurisdictions({ seed, provinces }: HierarchyOptions): JurisdictionRow[] {
  const rows: JurisdictionRow[] = [];
  let nameIndex = 0;
  const add = (level: SynthLevel, variant: number, province: JurisdictionRow | null, parent: JurisdictionRow | null): JurisdictionRow => {
    const name = synthName(nameIndex++, level, variant);
    const row: JurisdictionRow = {
      jurisdiction_id: jurisdictionId(province?.name_zh ?? null, parent?.name_zh ?? null, name.zh),
      name_zh: name.zh,
      name_en: name.en,
      parent_id: parent?.jurisdiction_id ?? null,
      parent: parent?.name_zh ?? null,
      province: province?.name_zh ?? name.zh,
      admin_level: level,
      n_documents: 0, // filled in once the documents are planned
    };
    rows.push(row);
    return row;
  };
  for (let p = 0; p < provinces; p++) {
    const rng = new Rng(seed, 1, p);
    const prov = add('province', rng.int(0, 3), null, null);
    const nPref = rng.int(6, 15);
    for (let f = 0; f < nPref; f++) {
      const pref = add('prefecture', rng.int(0, 3), prov, prov);
      const nCounty = rng.int(4, 12);
      for (let c = 0; c < nCounty; c++) add('county', rng.int(0, 3), prov, pref);
    }
  }
  return rows;
}
