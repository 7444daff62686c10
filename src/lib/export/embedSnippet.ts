/**
 * The "Embed" snippet: an <iframe> pointing at the current view with `embed=1`. Pure; the
 * URL and title are untrusted (they carry URL state and report titles), so every attribute
 * value is escaped and only http(s) URLs are accepted.
 */

export interface EmbedOptions {
  url: string; // absolute URL of the current view
  title: string;
  height?: number; // px; width is always 100% so the frame follows its container
}

export const DEFAULT_EMBED_HEIGHT = 560;

/** Escape a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The view URL with embed=1 set (other parameters and the hash kept); null unless http(s). */
export function toEmbedUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.searchParams.set('embed', '1');
  return u.toString();
}

/** The HTML snippet to paste into another page; null when the URL is not http(s). */
export function buildEmbedSnippet(opts: EmbedOptions): string | null {
  const src = toEmbedUrl(opts.url);
  if (!src) return null;
  const h = opts.height && Number.isFinite(opts.height) && opts.height > 0 ? Math.round(opts.height) : DEFAULT_EMBED_HEIGHT;
  const attrs: [string, string][] = [
    ['src', src],
    ['title', opts.title.trim() || 'Fazhi Atlas'],
    ['width', '100%'],
    ['height', String(h)],
    ['style', 'border:0;width:100%;max-width:100%;'],
    ['loading', 'lazy'],
    ['referrerpolicy', 'no-referrer-when-downgrade'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></iframe>`;
}
