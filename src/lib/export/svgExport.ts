/**
 * DOM side of the chart export: a standalone SVG (chart + title, notes, source, data date)
 * and its PNG rendering. All text goes in through textContent and out through
 * XMLSerializer, so report-derived strings are escaped, never concatenated into markup.
 * Browser only; the layout maths lives in svgLayout.ts.
 */
import { CJK_FONT_STACK, inlineStyle, layoutExport, svgSize, withCjkFallback, type ExportTextOptions } from './svgLayout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements that would not render (or would taint the canvas) in a standalone SVG image. */
/** Elements that carry no presentation of their own. */
const NON_RENDERED = new Set(['title', 'desc', 'metadata', 'defs']);
const DROP_SELECTOR = 'script, foreignObject, iframe, [data-export="skip"]';

export type ExportSvgOptions = ExportTextOptions;

/** Size the chart is drawn at: its viewBox, else its rendered box. */
function chartBox(svgEl: SVGSVGElement): { width: number; height: number; viewBox: string } {
  const vb = svgEl.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height, viewBox: `${vb.x} ${vb.y} ${vb.width} ${vb.height}` };
  const r = svgEl.getBoundingClientRect();
  const width = r.width || Number(svgEl.getAttribute('width')) || 600;
  const height = r.height || Number(svgEl.getAttribute('height')) || 400;
  return { width, height, viewBox: `0 0 ${width} ${height}` };
}

/** Copy computed presentation styles onto the clone so it renders without the page CSS. */
function inlineComputedStyles(source: Element, clone: Element): void {
  const src = [source, ...source.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>(src.map((el) => [el, getComputedStyle(el)]));
  // cloneNode(true) keeps structure, so the two lists correspond one to one.
  for (let i = 0; i < src.length && i < dst.length; i++) {
    dst[i].removeAttribute('class');
    if (NON_RENDERED.has(dst[i].localName)) continue;
    const cs = computed.get(src[i])!;
    const parentCs = i === 0 || !src[i].parentElement ? null : computed.get(src[i].parentElement!) ?? null;
    const parts = [inlineStyle((p) => cs.getPropertyValue(p), parentCs ? (p) => parentCs.getPropertyValue(p) : null)];
    if (dst[i].localName === 'text') parts.push(`font-family:${withCjkFallback(cs.getPropertyValue('font-family'))}`);
    const style = parts.filter(Boolean).join(';');
    if (style) dst[i].setAttribute('style', style);
    else dst[i].removeAttribute('style');
  }
}

/** Remove active content and references that leave the document. */
function sanitise(root: Element): void {
  for (const el of root.querySelectorAll(DROP_SELECTOR)) el.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      const name = a.name.toLowerCase();
      const isRef = name === 'href' || name === 'xlink:href' || name === 'src';
      if (name.startsWith('on') || (isRef && !a.value.trim().startsWith('#'))) el.removeAttribute(a.name);
    }
  }
}

/** A standalone SVG document string: the chart plus its title, notes, source and data date. */
export function buildExportSvg(svgEl: SVGSVGElement, opts: ExportSvgOptions): string {
  const box = chartBox(svgEl);
  const layout = layoutExport(opts, box);
  const doc = svgEl.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(layout.width));
  root.setAttribute('height', String(layout.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.setAttribute('style', `font-family:${CJK_FONT_STACK}`);
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = opts.title;
  root.append(titleEl);

  const bg = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [['width', '100%'], ['height', '100%'], ['fill', '#ffffff']]) bg.setAttribute(k, v);
  root.append(bg);

  const chart = svgEl.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svgEl, chart);
  sanitise(chart);
  for (const a of ['width', 'height', 'viewBox', 'x', 'y', 'style', 'preserveAspectRatio']) chart.removeAttribute(a);
  chart.setAttribute('x', String(layout.chart.x));
  chart.setAttribute('y', String(layout.chart.y));
  chart.setAttribute('width', String(layout.chart.width));
  chart.setAttribute('height', String(layout.chart.height));
  chart.setAttribute('viewBox', box.viewBox);
  chart.setAttribute('overflow', 'visible');
  root.append(chart);

  for (const line of layout.lines) {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(line.x));
    t.setAttribute('y', String(line.y));
    t.setAttribute('font-size', String(line.fontSize));
    t.setAttribute('font-weight', line.fontWeight);
    t.setAttribute('fill', line.fill);
    t.setAttribute('font-family', CJK_FONT_STACK);
    t.setAttribute('data-role', line.role);
    t.textContent = line.text;
    root.append(t);
  }
  return new XMLSerializer().serializeToString(root);
}

/** Render a standalone SVG string to a PNG Blob at `scale` × its size (white background). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = svgSize(svg);
  if (!size) throw new Error('svgToPng: the SVG has no width/height');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svgToPng: the SVG could not be loaded as an image'));
    });
    img.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(size.width * scale));
    canvas.height = Math.max(1, Math.round(size.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPng: no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('svgToPng: canvas.toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
