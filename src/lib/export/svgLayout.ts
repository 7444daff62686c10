/**
 * Pure, string-level helpers of the chart export: page layout around the chart (title on
 * top; notes, source and data date below), greedy line wrapping that understands CJK,
 * inline-style strings and the size of a serialised SVG. No DOM here, so all of it is
 * unit-tested; svgExport.ts does the DOM work with these results.
 */

/** Fonts that render Chinese on Linux (WenQuanYi/Noto), Windows (YaHei) and macOS (PingFang). */
export const CJK_FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif';

export interface ExportTextOptions {
  title: string;
  source: string;
  notes: readonly string[];
  dataDate: string | null;
  /** Width of the exported image in CSS px (the chart is scaled to fit). */
  width: number;
}

export type ExportLineRole = 'title' | 'note' | 'source' | 'date';

export interface ExportLine {
  role: ExportLineRole;
  text: string;
  x: number;
  y: number; // baseline
  fontSize: number;
  fontWeight: 'bold' | 'normal';
  fill: string;
}

export interface ExportLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  lines: ExportLine[];
}

export const EXPORT_PADDING = 16;
const TITLE_SIZE = 18;
const SMALL_SIZE = 11;
const LINE_GAP = 1.35; // line height as a multiple of the font size

/** East Asian wide characters (CJK, kana, hangul, full-width forms): about 1em wide. */
const WIDE_RANGES = '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6\\u{20000}-\\u{3fffd}';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** Tokens for wrapping: one wide character, a run of spaces, or a run of other characters. */
const WRAP_TOKEN = new RegExp(`[${WIDE_RANGES}]|\\s+|[^\\s${WIDE_RANGES}]+`, 'gu');

/** Approximate rendered width of text in px: wide characters 1em, others ~0.56em. */
export function approxTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.56;
  return em * fontSize;
}

/**
 * Greedy wrap to a pixel width: break between any two wide characters or at spaces; a
 * single word longer than the line is cut by characters. Never splits a surrogate pair.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    const tokens = para.match(WRAP_TOKEN) ?? [];
    let line = '';
    const push = () => {
      if (line.trim()) out.push(line.trim());
      line = '';
    };
    for (const tok of tokens) {
      if (approxTextWidth(line + tok, fontSize) <= maxWidth) {
        line += tok;
        continue;
      }
      if (/^\s+$/.test(tok)) {
        push();
        continue;
      }
      push();
      if (approxTextWidth(tok, fontSize) <= maxWidth) {
        line = tok;
        continue;
      }
      for (const ch of tok) {
        if (line && approxTextWidth(line + ch, fontSize) > maxWidth) push();
        line += ch;
      }
    }
    push();
  }
  return out;
}

/**
 * Where everything goes in the exported image. The chart keeps its aspect ratio and is
 * scaled to the content width; text lines are wrapped to the same width.
 */
export function layoutExport(opts: ExportTextOptions, chartSize: { width: number; height: number }): ExportLayout {
  const width = Math.max(200, Math.round(opts.width));
  const inner = width - 2 * EXPORT_PADDING;
  const lines: ExportLine[] = [];
  let y = EXPORT_PADDING;
  const add = (role: ExportLineRole, text: string, fontSize: number, fontWeight: 'bold' | 'normal', fill: string) => {
    for (const t of wrapText(text, inner, fontSize)) {
      y += fontSize * LINE_GAP;
      lines.push({ role, text: t, x: EXPORT_PADDING, y: round1(y - fontSize * (LINE_GAP - 1)), fontSize, fontWeight, fill });
    }
  };
  add('title', opts.title, TITLE_SIZE, 'bold', '#111111');
  y += lines.length ? 8 : 0;
  const scale = chartSize.width > 0 ? inner / chartSize.width : 1;
  const chart = { x: EXPORT_PADDING, y: round1(y), width: inner, height: round1(Math.max(0, chartSize.height * scale)) };
  y += chart.height + 8;
  for (const n of opts.notes) add('note', n, SMALL_SIZE, 'normal', '#444444');
  add('source', opts.source, SMALL_SIZE, 'normal', '#444444');
  if (opts.dataDate) add('date', opts.dataDate, SMALL_SIZE, 'normal', '#666666');
  return { width, height: Math.ceil(y + EXPORT_PADDING), chart, lines };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Presentation properties copied from the page into the exported SVG, with their initial values. */
export const INLINE_STYLE_INITIAL: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', stroke: 'none', 'stroke-width': '1px', 'stroke-opacity': '1',
  'stroke-dasharray': 'none', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', opacity: '1', 'font-size': '16px',
  'font-weight': '400', 'font-style': 'normal', 'text-anchor': 'start', 'dominant-baseline': 'auto', visibility: 'visible',
  display: 'inline', 'shape-rendering': 'auto',
};
export const INLINE_STYLE_PROPS: readonly string[] = Object.keys(INLINE_STYLE_INITIAL);
/** Properties a child inherits from its parent (CSS/SVG; Chromium inherits dominant-baseline). */
const NOT_INHERITED = new Set(['opacity', 'display']);

/** Add the CJK stack to a page font list unless it already ends with it. */
export function withCjkFallback(fontFamily: string): string {
  const f = fontFamily.trim();
  if (!f) return CJK_FONT_STACK;
  return f.includes('WenQuanYi Micro Hei') ? f : `${f.replace(/,?\s*(sans-serif|serif|system-ui)\s*$/i, '')}, ${CJK_FONT_STACK}`;
}

/**
 * `prop:value;…` of the values that differ from what the element would get anyway: its
 * parent's value for inherited properties (`parent` null = the document root), the initial
 * value otherwise. Only `display:none` is kept of `display` (block/inline mean nothing in SVG).
 */
export function inlineStyle(
  get: (prop: string) => string,
  parent: ((prop: string) => string) | null = null,
  props: readonly string[] = INLINE_STYLE_PROPS,
): string {
  const parts: string[] = [];
  for (const p of props) {
    const v = get(p).trim();
    // A semicolon or brace in a value could only come from a hostile stylesheet: drop it.
    if (!v || /[;{}]/.test(v)) continue;
    if (p === 'display') {
      if (v === 'none') parts.push('display:none');
      continue;
    }
    const baseline = !NOT_INHERITED.has(p) && parent ? parent(p).trim() : INLINE_STYLE_INITIAL[p];
    if (v !== baseline) parts.push(`${p}:${v}`);
  }
  return parts.join(';');
}

/** Pixel size of a serialised SVG from its root width/height (viewBox as fallback). */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return null;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  // Only plain or px lengths are pixels; 100% and em depend on a container the image lacks.
  const px = (v: string | undefined) => (v && /^\s*[\d.]+\s*(px)?\s*$/.test(v) ? parseFloat(v) : NaN);
  const w = px(attr('width'));
  const h = px(attr('height'));
  if (w > 0 && h > 0) return { width: w, height: h };
  const vb = (attr('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (vb.length === 4 && vb[2] > 0 && vb[3] > 0) return { width: vb[2], height: vb[3] };
  return null;
}

/** A file name safe on every OS: no path separators or control characters, keeps Chinese. */
export function safeFilename(base: string, ext: string): string {
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, '_')
    .replace(/^[.\-_]+|[.\-_]+$/g, '')
    .slice(0, 120);
  return `${cleaned || 'chart'}.${ext}`;
}
