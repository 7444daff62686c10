/**
 * Which rows of a long fixed-height list to render: those in the scrolled viewport plus a margin
 * (thousands of jurisdictions as checkboxes cost tens of ms of style and layout on every change).
 */
export interface RowWindow {
  start: number; // first rendered row
  end: number; // one past the last rendered row
  total: number; // height of the whole list, px
}

export function rowWindow(scrollTop: number, viewHeight: number, rowHeight: number, n: number, overscan = 6): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(n, first - overscan));
  const end = Math.max(start, Math.min(n, first + Math.ceil(viewHeight / rowHeight) + overscan));
  return { start, end, total: n * rowHeight };
}

/** Case- and width-insensitive name filter: matches the Chinese or English name, or the id. */
export function matchesName(query: string): (j: { jurisdiction_id: string; name_zh: string; name_en: string | null }) => boolean {
  const q = query.trim().normalize('NFKC').toLowerCase();
  if (!q) return () => true;
  return (j) => j.name_zh.includes(q) || (j.name_en ?? '').toLowerCase().includes(q) || j.jurisdiction_id.toLowerCase().includes(q);
}
