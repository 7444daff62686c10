import { describe, expect, it } from 'vitest';
import {
  approxTextWidth, CJK_FONT_STACK, EXPORT_PADDING, inlineStyle, layoutExport, safeFilename, svgSize, withCjkFallback, wrapText,
} from '../../../src/lib/export/svgLayout.ts';

/** No lone surrogate (String.prototype.isWellFormed is ES2024, beyond this project's lib). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('approxTextWidth', () => {
  it('counts CJK as 1em and latin narrower', () => {
    expect(approxTextWidth('法治政府', 10)).toBe(40);
    expect(approxTextWidth('abcd', 10)).toBeCloseTo(22.4);
    expect(approxTextWidth('𠀀', 10)).toBe(10); // astral CJK counts once
  });
});

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('行政复议纠错率', 200, 10)).toEqual(['行政复议纠错率']);
  });
  it('breaks Chinese between any two characters', () => {
    const lines = wrapText('一二三四五六七八九十', 40, 10);
    expect(lines).toEqual(['一二三四', '五六七八', '九十']);
  });
  it('breaks latin text at spaces', () => {
    expect(wrapText('alpha beta gamma', 40, 10)).toEqual(['alpha', 'beta', 'gamma']);
  });
  it('cuts a word longer than the line', () => {
    const lines = wrapText('abcdefghij', 25, 10);
    expect(lines.join('')).toBe('abcdefghij');
    for (const l of lines) expect(approxTextWidth(l, 10)).toBeLessThanOrEqual(25);
  });
  it('keeps explicit line breaks and drops empty lines', () => {
    expect(wrapText('第一行\n\n第二行', 500, 10)).toEqual(['第一行', '第二行']);
    expect(wrapText('', 500, 10)).toEqual([]);
  });
  it('never splits surrogate pairs', () => {
    for (const l of wrapText('𠀀𠀁𠀂𠀃', 20, 10)) expect(wellFormed(l)).toBe(true);
  });
});

describe('layoutExport', () => {
  const base = { title: '调解纠纷数量', source: '来源：各地法治政府建设年度报告', notes: ['注：空白表示无数据'], dataDate: '2025-01-31', width: 640 };
  it('puts the title above the chart and notes, source and date below', () => {
    const lay = layoutExport(base, { width: 600, height: 300 });
    expect(lay.width).toBe(640);
    const [title, ...rest] = lay.lines;
    expect(title).toMatchObject({ role: 'title', text: '调解纠纷数量', fontWeight: 'bold' });
    expect(title.y).toBeLessThan(lay.chart.y);
    expect(rest.map((l) => l.role)).toEqual(['note', 'source', 'date']);
    for (const l of rest) expect(l.y).toBeGreaterThan(lay.chart.y + lay.chart.height);
    expect(lay.height).toBeGreaterThan(rest.at(-1)!.y);
  });
  it('scales the chart to the content width keeping its aspect ratio', () => {
    const lay = layoutExport(base, { width: 304, height: 100 });
    expect(lay.chart.width).toBe(640 - 2 * EXPORT_PADDING);
    expect(lay.chart.height).toBeCloseTo(200, 0);
  });
  it('omits an empty title, notes and a missing data date', () => {
    const lay = layoutExport({ ...base, title: '', notes: [], dataDate: null }, { width: 600, height: 300 });
    expect(lay.lines.map((l) => l.role)).toEqual(['source']);
    expect(lay.chart.y).toBe(EXPORT_PADDING);
  });
  it('wraps a long title within the width', () => {
    const lay = layoutExport({ ...base, title: '很'.repeat(80) }, { width: 600, height: 300 });
    const titles = lay.lines.filter((l) => l.role === 'title');
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.map((t) => t.text).join('')).toBe('很'.repeat(80));
  });
});

describe('inlineStyle', () => {
  const getter = (values: Record<string, string>) => (p: string) => values[p] ?? '';
  it('keeps values that differ from the initial ones at the root and drops unsafe ones', () => {
    const own = getter({ fill: 'rgb(1, 2, 3)', stroke: 'none', opacity: '1;x:y', 'font-size': '12px', display: 'inline' });
    expect(inlineStyle(own, null)).toBe('fill:rgb(1, 2, 3);font-size:12px');
  });
  it('omits inherited values equal to the parent and keeps non-inherited ones against their initial value', () => {
    const parent = getter({ fill: 'rgb(1, 2, 3)', 'text-anchor': 'middle', opacity: '0.5' });
    const own = getter({ fill: 'rgb(1, 2, 3)', 'text-anchor': 'start', opacity: '0.5' });
    // text-anchor start must be written: the parent's middle would otherwise be inherited.
    expect(inlineStyle(own, parent)).toBe('opacity:0.5;text-anchor:start');
  });
  it('keeps display only when it hides the element', () => {
    expect(inlineStyle(getter({ display: 'none' }), null)).toBe('display:none');
    expect(inlineStyle(getter({ display: 'block' }), null)).toBe('');
  });
});

describe('withCjkFallback', () => {
  it('appends the CJK stack to a page font list', () => {
    expect(withCjkFallback('Inter, sans-serif')).toBe(`Inter, ${CJK_FONT_STACK}`);
    expect(withCjkFallback('')).toBe(CJK_FONT_STACK);
    expect(withCjkFallback(CJK_FONT_STACK)).toBe(CJK_FONT_STACK);
  });
});

describe('svgSize', () => {
  it('reads width and height, else the viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400.5"><g/></svg>')).toEqual({ width: 640, height: 400.5 });
    expect(svgSize("<svg viewBox='0 0 300 150'></svg>")).toEqual({ width: 300, height: 150 });
    expect(svgSize('<svg width="100%" height="100%"></svg>')).toBeNull();
    expect(svgSize('<div></div>')).toBeNull();
  });
  it('ignores width attributes of nested elements', () => {
    expect(svgSize('<svg viewBox="0 0 10 20"><rect width="99" height="99"/></svg>')).toEqual({ width: 10, height: 20 });
  });
});

describe('safeFilename', () => {
  it('keeps Chinese and removes path separators and reserved characters', () => {
    expect(safeFilename('调解/纠纷:2023', 'png')).toBe('调解-纠纷-2023.png');
    expect(safeFilename('../../etc/passwd', 'csv')).toBe('etc-passwd.csv');
    expect(safeFilename('  ', 'svg')).toBe('chart.svg');
  });
});
