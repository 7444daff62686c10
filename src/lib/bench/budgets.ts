/**
 * The performance budgets of `npm run bench` and the PASS/FAIL table. A budget whose
 * measurement is missing (step skipped or failed) is reported as MISSING, never as a pass.
 */
export interface BudgetResult {
  id: string;
  what: string;
  measured: number | null;
  limit: number;
  unit: string;
  /** 'max': measured ≤ limit passes; 'min': measured ≥ limit passes. */
  kind: 'max' | 'min';
  status: 'PASS' | 'FAIL' | 'MISSING';
  note?: string;
}

export function judge(b: Omit<BudgetResult, 'status'>): BudgetResult {
  if (b.measured === null || !Number.isFinite(b.measured)) return { ...b, measured: null, status: 'MISSING' };
  const ok = b.kind === 'max' ? b.measured <= b.limit : b.measured >= b.limit;
  return { ...b, status: ok ? 'PASS' : 'FAIL' };
}

function fmt(v: number | null): string {
  if (v === null) return '—';
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** Fixed-width text table, one row per budget. */
export function formatBudgetTable(results: readonly BudgetResult[]): string {
  const rows = results.map((r) => [r.status, r.what, `${fmt(r.measured)} ${r.unit}`, `${r.kind === 'max' ? '≤' : '≥'} ${fmt(r.limit)} ${r.unit}`, r.note ?? '']);
  const header = ['status', 'budget', 'measured', 'limit', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Generic table printer for measurement sections (first row = header). */
export function formatTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
