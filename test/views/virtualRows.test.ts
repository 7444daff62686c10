import { describe, expect, it } from 'vitest';
import { matchesName, rowWindow } from '../../src/views/shell/virtualRows.ts';

describe('rowWindow', () => {
  it('renders the rows in view plus a margin, never past either end', () => {
    expect(rowWindow(0, 312, 26, 3088)).toEqual({ start: 0, end: 12 + 6, total: 3088 * 26 });
    const mid = rowWindow(26 * 1000, 312, 26, 3088);
    expect(mid.start).toBe(1000 - 6);
    expect(mid.end).toBe(1000 + 12 + 6);
    expect(rowWindow(26 * 3088, 312, 26, 3088)).toMatchObject({ end: 3088 });
    expect(rowWindow(-50, 312, 26, 5)).toEqual({ start: 0, end: 5, total: 130 });
    expect(rowWindow(0, 312, 26, 0)).toEqual({ start: 0, end: 0, total: 0 });
  });
});

describe('matchesName', () => {
  const j = (id: string, zh: string, en: string | null = null) => ({ jurisdiction_id: id, name_zh: zh, name_en: en });
  it('matches the Chinese or English name or the id path (a parent finds its children), case-insensitive', () => {
    const list = [j('广东省/广州市/花都区', '花都区', 'Huadu District'), j('浙江省/绍兴市', '绍兴市', 'Shaoxing'), j('宁夏/吴忠市/利通区', '利通区')];
    const names = (q: string) => list.filter(matchesName(q)).map((x) => x.name_zh);
    expect(names('')).toEqual(['花都区', '绍兴市', '利通区']);
    expect(names('花都')).toEqual(['花都区']);
    expect(names('  SHAOXING ')).toEqual(['绍兴市']);
    expect(names('广州')).toEqual(['花都区']);
    expect(names('ｈｕａｄｕ')).toEqual(['花都区']); // full-width input
    expect(names('北京')).toEqual([]);
  });
});
