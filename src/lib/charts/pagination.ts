/** Table pages: long tables (thousands of jurisdictions) render one page of rows at a time. */
export const TABLE_PAGE_SIZE = 100;

export interface Page {
  page: number; // 0-based, clamped to the pages that exist
  pages: number; // at least 1
  from: number; // first row index (inclusive)
  to: number; // last row index (exclusive)
}

export function pageOf(total: number, page: number, size = TABLE_PAGE_SIZE): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  return { page: p, pages, from: p * size, to: Math.min(total, (p + 1) * size) };
}
