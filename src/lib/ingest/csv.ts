/**
 * Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, optional BOM.
 * Returns rows of cells, or an error describing where the input is malformed.
 */
export type ParsedCsv = { ok: true; rows: string[][] } | { ok: false; error: string };

export function parseCsv(input: string): ParsedCsv {
  const text = input.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quotedCell = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell.length || quotedCell) return { ok: false, error: `line ${line}: a quote inside an unquoted field` };
      inQuotes = true;
      quotedCell = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      quotedCell = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      quotedCell = false;
      line++;
    } else {
      if (quotedCell) return { ok: false, error: `line ${line}: text after a closing quote` };
      cell += ch;
    }
  }
  if (inQuotes) return { ok: false, error: 'unterminated quoted field' };
  if (cell.length || row.length || quotedCell) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines carry nothing.
  return { ok: true, rows: rows.filter((r) => !(r.length === 1 && r[0]!.trim() === '')) };
}
