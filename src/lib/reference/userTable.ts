/**
 * A population table uploaded in the browser ("use my own population table"): bytes → figures the
 * per-capita view can use, or the list of problems. Pure, so it is unit-tested without a browser.
 * UTF-8 only (with or without BOM): a GBK/GB18030 or UTF-16 file is refused with a message saying so.
 * Rows naming jurisdictions that are not in the data are reported and ignored; a table with none
 * left, or with any malformed row, is refused as a whole (the view keeps what it had).
 */
import type { PopulationRow } from '../tables/types.ts';
import { matchPopulation, type JurisdictionKey } from './matchJurisdictions.ts';
import { parsePopulationCsv } from './populationCsv.ts';

export const MAX_UPLOAD_BYTES = 2_000_000;

export type UserTableResult =
  | { ok: true; rows: PopulationRow[]; warnings: string[] }
  | { ok: false; problems: string[] };

const NOT_UTF8 = 'the file is not UTF-8 text; only UTF-8 CSV is supported (GBK/GB18030 and UTF-16 are not): save it as "CSV UTF-8"';

/** Strict UTF-8 (BOM removed), or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null; // UTF-16 BOM
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function parseUserPopulation(bytes: Uint8Array, jurisdictions: readonly JurisdictionKey[]): UserTableResult {
  if (bytes.length === 0) return { ok: false, problems: ['the file is empty'] };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, problems: [`the file is larger than ${MAX_UPLOAD_BYTES / 1e6} MB`] };
  const text = decodeUtf8(bytes);
  if (text === null || text.includes('\u0000')) return { ok: false, problems: [NOT_UTF8] };
  const parsed = parsePopulationCsv(text);
  if (parsed.errors.length) return { ok: false, problems: parsed.errors };
  const rows = matchPopulation(parsed.rows, jurisdictions);
  const unmatched = rows.flatMap((r, i) => (r.jurisdiction_id === null ? [`line ${parsed.rows[i]!.line}: ${r.message} (row ignored)`] : []));
  const matched = rows.filter((r) => r.jurisdiction_id !== null);
  if (matched.length === 0) return { ok: false, problems: ['no row names a jurisdiction in the data', ...unmatched] };
  return { ok: true, rows: matched, warnings: [...parsed.warnings, ...unmatched] };
}
