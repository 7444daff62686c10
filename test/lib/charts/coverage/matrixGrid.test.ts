import { describe, expect, it } from 'vitest';
import { matrixGrid } from '../../../../src/lib/charts/coverage/matrixGrid.ts';

describe('matrixGrid', () => {
  it('fits few columns in the container, cells within readable bounds', () => {
    const g = matrixGrid(800, 5, 3);
    expect(g.width).toBe(800);
    expect(g.cellWidth).toBeGreaterThanOrEqual(40);
    expect(g.cellWidth).toBeLessThanOrEqual(90);
    expect(g.colX(1) - g.colX(0)).toBe(g.cellWidth);
    expect(g.rowY(2) - g.rowY(0)).toBe(2 * g.cellHeight);
    expect(g.height).toBe(g.margin.top + 3 * g.cellHeight + g.margin.bottom);
  });

  it('grows wider than the container (the chart scrolls) when the columns do not fit', () => {
    const g = matrixGrid(360, 40, 36);
    expect(g.cellWidth).toBe(40);
    expect(g.width).toBe(g.margin.left + g.labelWidth + 40 * 40 + g.margin.right);
    expect(g.width).toBeGreaterThan(360);
  });

  it('keeps a usable grid for an empty matrix', () => {
    const g = matrixGrid(0, 0, 0);
    expect(g.width).toBeGreaterThanOrEqual(240);
    expect(g.height).toBe(g.margin.top + g.margin.bottom);
  });
});
