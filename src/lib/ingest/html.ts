import { Parser } from 'htmlparser2';

/**
 * HTML → plain text for extraction: drops scripts, styles and page furniture (head, nav,
 * header, footer, aside, forms), turns block elements and <br> into line breaks, collapses
 * HTML whitespace inside lines and decodes entities. Pure (htmlparser2 has no DOM or fs).
 */

const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside',
  'form', 'button', 'select', 'iframe', 'object', 'svg', 'canvas', 'menu',
]);

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const CELL = new Set(['td', 'th']);

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let preDepth = 0;

  const breakLine = () => {
    lines.push(line);
    line = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') breakLine();
        else if (BLOCK.has(name) && line.trim()) breakLine();
        else if (CELL.has(name) && line.trim()) line += ' ';
      },
      ontext(data) {
        if (skipDepth) return;
        if (preDepth) {
          const parts = data.split(/\r?\n/);
          parts.forEach((part, i) => {
            if (i > 0) breakLine();
            line += part;
          });
          return;
        }
        // HTML collapses ASCII whitespace; no-break and ideographic spaces are content.
        line += data.replace(/[ \t\n\r\f]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if ((BLOCK.has(name) || name === 'tr') && line.trim()) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (line) breakLine();

  // Trim each line, keep at most one blank line between paragraphs.
  const out: string[] = [];
  for (const l of lines.map((s) => s.replace(/^[ \t]+|[ \t]+$/g, ''))) {
    if (!l && (!out.length || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
