/**
 * The geometry shared by both coverage matrices (indicators × jurisdictions, and indicators ×
 * provinces): a label column, rotated column headers, fixed-height rows and cells as wide as the
 * container allows within readable bounds; wider than the container means the chart scrolls.
 */
import type { Margin } from '../types.ts';

export const CELL_H = 32;
const HEADER_H = 96; // rotated column labels

export interface MatrixGrid {
  width: number;
  height: number;
  margin: Margin;
  labelWidth: number;
  cellWidth: number;
  cellHeight: number;
  colX: (i: number) => number; // left edge of column i
  rowY: (r: number) => number; // top edge of row r
}

export function matrixGrid(containerWidth: number, columns: number, rows: number): MatrixGrid {
  const width = Math.max(240, containerWidth);
  const nCols = Math.max(1, columns);
  const labelWidth = Math.round(Math.min(240, Math.max(110, width * 0.34)));
  const margin = { top: HEADER_H, right: 8, bottom: 8, left: 4 };
  const cellWidth = Math.max(40, Math.min(90, (width - margin.left - labelWidth - margin.right) / nCols));
  return {
    width: Math.max(width, margin.left + labelWidth + nCols * cellWidth + margin.right),
    height: margin.top + rows * CELL_H + margin.bottom,
    margin,
    labelWidth,
    cellWidth,
    cellHeight: CELL_H,
    colX: (i) => margin.left + labelWidth + i * cellWidth,
    rowY: (r) => margin.top + r * CELL_H,
  };
}
