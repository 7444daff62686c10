import { describe, expect, it } from 'vitest';
import { pageOf, TABLE_PAGE_SIZE } from '../../../src/lib/charts/pagination.ts';

describe('pageOf', () => {
  it('one page for short tables (and for none)', () => {
    expect(pageOf(5, 0)).toEqual({ page: 0, pages: 1, from: 0, to: 5 });
    expect(pageOf(0, 3)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
  });
  it('slices long tables into pages of at most the page size', () => {
    expect(TABLE_PAGE_SIZE).toBe(100);
    expect(pageOf(3088, 0)).toEqual({ page: 0, pages: 31, from: 0, to: 100 });
    expect(pageOf(3088, 30)).toEqual({ page: 30, pages: 31, from: 3000, to: 3088 });
  });
  it('clamps out-of-range pages', () => {
    expect(pageOf(250, 9)).toMatchObject({ page: 2, from: 200, to: 250 });
    expect(pageOf(250, -1)).toMatchObject({ page: 0, from: 0, to: 100 });
  });
});
