import { Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { expect, test } from 'vitest';
import { arrowToRows, plainValue } from '../../../src/lib/db/rows.ts';

test('arrowToRows keeps nulls as null in numeric columns (never 0)', () => {
  const t = new Table({
    i: vectorFromArray([1, null, 0], new Int32()),
    d: vectorFromArray([null, 2.5, 0], new Float64()),
    s: vectorFromArray(['a', null, ''], new Utf8()),
  });
  expect(arrowToRows(t)).toEqual([
    { i: 1, d: null, s: 'a' },
    { i: null, d: 2.5, s: null },
    { i: 0, d: 0, s: '' },
  ]);
});

test('arrowToRows: empty table, and BigInt becomes number', () => {
  expect(arrowToRows(new Table({ i: vectorFromArray([], new Int32()) }))).toEqual([]);
  expect(plainValue(12n)).toBe(12);
  expect(plainValue(undefined)).toBeNull();
});
