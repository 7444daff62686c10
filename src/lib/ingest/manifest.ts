import { ADMIN_LEVELS, DOC_TYPES, type AdminLevel, type DocMeta, type DocType } from '../tables/types.ts';
import { parseCsv } from './csv.ts';

/**
 * manifest.csv: optional per-file metadata overrides. Columns: `file` plus any of the DocMeta
 * fields; an empty cell keeps the detected value. Problems never stop the build: bad cells and
 * rows are skipped and reported as issues.
 */

export const MANIFEST_NAME = 'manifest.csv';
export const MANIFEST_FIELDS = ['title', 'jurisdiction', 'parent', 'province', 'admin_level', 'doc_type', 'report_year', 'published'] as const;
type Field = (typeof MANIFEST_FIELDS)[number];

export type ManifestOverride = Partial<DocMeta>;

export interface Manifest {
  overrides: Map<string, ManifestOverride>;
  issues: string[];
}

export function isManifestName(name: string): boolean {
  return name.toLowerCase() === MANIFEST_NAME;
}

/** 2020-4-1, 2020/04/01 and 2020.04.01 → 2020-04-01; null unless it is a real calendar date. */
export function parseDate(raw: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type CellResult = { ok: true; value: DocMeta[Field] } | { ok: false; reason: string };

function parseCell(field: Field, raw: string): CellResult {
  const v = raw.trim();
  switch (field) {
    case 'admin_level':
      return (ADMIN_LEVELS as readonly string[]).includes(v)
        ? { ok: true, value: v as AdminLevel }
        : { ok: false, reason: `admin_level must be one of ${ADMIN_LEVELS.join('|')}` };
    case 'doc_type':
      return (DOC_TYPES as readonly string[]).includes(v)
        ? { ok: true, value: v as DocType }
        : { ok: false, reason: `doc_type must be one of ${DOC_TYPES.join('|')}` };
    case 'report_year': {
      const n = Number(v);
      return /^\d{4}$/.test(v) && n >= 1949 && n <= 2100 ? { ok: true, value: n } : { ok: false, reason: 'report_year must be a four-digit year' };
    }
    case 'published': {
      const d = parseDate(v);
      return d ? { ok: true, value: d } : { ok: false, reason: 'published must be a date YYYY-MM-DD' };
    }
    default:
      return { ok: true, value: v };
  }
}

export function parseManifest(text: string): Manifest {
  const overrides = new Map<string, ManifestOverride>();
  const issues: string[] = [];
  const csv = parseCsv(text);
  if (!csv.ok) return { overrides, issues: [`${MANIFEST_NAME} is malformed (${csv.error}); ignored`] };
  const [header, ...rows] = csv.rows;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const fileCol = columns.indexOf('file');
  if (fileCol < 0) return { overrides, issues: [`${MANIFEST_NAME} has no 'file' column; ignored`] };
  const unknown = columns.filter((c, i) => i !== fileCol && !(MANIFEST_FIELDS as readonly string[]).includes(c));
  if (unknown.length) issues.push(`${MANIFEST_NAME}: unknown column(s) ${unknown.join(', ')} ignored`);

  rows.forEach((cells, r) => {
    const where = `${MANIFEST_NAME} row ${r + 2}`;
    if (cells.length !== columns.length) {
      issues.push(`${where}: ${cells.length} cells for ${columns.length} columns; row ignored`);
      return;
    }
    const file = cells[fileCol]!.trim();
    if (!file) {
      issues.push(`${where}: empty file name; row ignored`);
      return;
    }
    if (overrides.has(file)) {
      issues.push(`${where}: ${file} listed again; only the first row is used`);
      return;
    }
    const override: ManifestOverride = {};
    columns.forEach((col, i) => {
      if (i === fileCol || !(MANIFEST_FIELDS as readonly string[]).includes(col)) return;
      const raw = cells[i]!;
      if (!raw.trim()) return;
      const cell = parseCell(col as Field, raw);
      if (cell.ok) (override as Record<string, unknown>)[col] = cell.value;
      else issues.push(`${where} (${file}): '${raw}' ignored: ${cell.reason}`);
    });
    overrides.set(file, override);
  });
  return { overrides, issues };
}

/** Applies an override; `changed` lists the fields whose value differs from the detected one. */
export function applyOverride(meta: DocMeta, override: ManifestOverride | undefined): { meta: DocMeta; changed: string[] } {
  if (!override) return { meta, changed: [] };
  const out: DocMeta = { ...meta };
  const changed: string[] = [];
  for (const field of MANIFEST_FIELDS) {
    const value = override[field];
    if (value === undefined || value === meta[field]) continue;
    (out as unknown as Record<string, unknown>)[field] = value;
    changed.push(field);
  }
  return { meta: out, changed };
}
