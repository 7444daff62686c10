import { jurisdictionId, type AdminLevel, type DocumentRow, type JurisdictionRow } from './types.ts';
import { compareCodePoints } from './order.ts';

/**
 * One row per distinct jurisdiction named by the documents, plus rows for their parents and
 * provinces (so every parent_id resolves). n_documents counts readable, non-duplicate
 * documents; ancestors that publish nothing themselves have 0.
 */

export type EnglishName = (nameZh: string, level: AdminLevel | null) => string | null;

function ancestorLevel(isProvince: boolean, childLevel: AdminLevel | null): AdminLevel | null {
  if (isProvince) return 'province';
  return childLevel === 'county' || childLevel === 'zone' ? 'prefecture' : null;
}

export function buildJurisdictions(documents: DocumentRow[], englishName: EnglishName = () => null): JurisdictionRow[] {
  const rows = new Map<string, JurisdictionRow>();
  const add = (row: Omit<JurisdictionRow, 'name_en' | 'n_documents'>, counts: boolean) => {
    let existing = rows.get(row.jurisdiction_id);
    if (!existing) {
      existing = { ...row, name_en: null, n_documents: 0 };
      rows.set(row.jurisdiction_id, existing);
    } else {
      // First non-null wins, in document name order: deterministic whatever the input order.
      existing.parent_id ??= row.parent_id;
      existing.parent ??= row.parent;
      existing.province ??= row.province;
      existing.admin_level ??= row.admin_level;
    }
    if (counts) existing.n_documents++;
  };

  const docs = [...documents].sort((a, b) => compareCodePoints(a.doc_file, b.doc_file));
  for (const d of docs) {
    if (!d.jurisdiction || !d.jurisdiction_id) continue;
    const province = d.province && d.province !== d.jurisdiction ? d.province : null;
    const parent = d.parent && d.parent !== d.jurisdiction ? d.parent : null;
    const parentId = parent ? jurisdictionId(province, null, parent) : province;
    add(
      { jurisdiction_id: d.jurisdiction_id, name_zh: d.jurisdiction, parent_id: parentId, parent: parent ?? province, province: d.province, admin_level: d.admin_level },
      d.status !== 'duplicate' && d.status !== 'unreadable' && d.status !== 'empty',
    );
    if (parent && parent !== province) {
      add({ jurisdiction_id: jurisdictionId(province, null, parent), name_zh: parent, parent_id: province, parent: province, province, admin_level: ancestorLevel(false, d.admin_level) }, false);
    }
    if (province) {
      add({ jurisdiction_id: province, name_zh: province, parent_id: null, parent: null, province, admin_level: 'province' }, false);
    }
  }
  // English names once the level is settled (the first document may not have known it).
  for (const row of rows.values()) row.name_en = englishName(row.name_zh, row.admin_level);
  return [...rows.values()].sort((a, b) => compareCodePoints(a.jurisdiction_id, b.jurisdiction_id));
}
