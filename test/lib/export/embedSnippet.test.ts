import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, DEFAULT_EMBED_HEIGHT, escapeAttribute, toEmbedUrl } from '../../../src/lib/export/embedSnippet.ts';

describe('escapeAttribute', () => {
  it('escapes every character that can end or open markup', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('toEmbedUrl', () => {
  it('adds embed=1 and keeps other params and the hash', () => {
    expect(toEmbedUrl('https://x.org/atlas/?view=compare&ind=a.b#top')).toBe('https://x.org/atlas/?view=compare&ind=a.b&embed=1#top');
  });
  it('does not duplicate an existing embed param', () => {
    expect(toEmbedUrl('http://127.0.0.1:4173/?embed=0&view=trend')).toBe('http://127.0.0.1:4173/?embed=1&view=trend');
  });
  it('rejects non-http URLs and garbage', () => {
    expect(toEmbedUrl('javascript:alert(1)')).toBeNull();
    expect(toEmbedUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(toEmbedUrl('not a url')).toBeNull();
  });
});

describe('buildEmbedSnippet', () => {
  it('builds a responsive lazy iframe with a title', () => {
    const s = buildEmbedSnippet({ url: 'https://x.org/?view=compare', title: '行政复议纠错率' });
    expect(s).toBe(
      `<iframe src="https://x.org/?view=compare&amp;embed=1" title="行政复议纠错率" width="100%" height="${DEFAULT_EMBED_HEIGHT}" ` +
        `style="border:0;width:100%;max-width:100%;" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`,
    );
  });
  it('escapes a hostile title and URL so they cannot break out of the attribute', () => {
    const s = buildEmbedSnippet({ url: 'https://x.org/?q="><script>alert(1)</script>', title: '"><img src=x onerror=alert(1)>', height: 400 })!;
    expect(s).not.toContain('<script');
    expect(s).not.toContain('<img');
    expect(s).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(s).toContain('height="400"');
    // Exactly one element: the only unescaped < and > are the iframe's own.
    expect(s.match(/</g)).toHaveLength(2);
  });
  it('falls back to a default title and height', () => {
    const s = buildEmbedSnippet({ url: 'https://x.org/', title: '  ', height: -5 })!;
    expect(s).toContain('title="Fazhi Atlas"');
    expect(s).toContain(`height="${DEFAULT_EMBED_HEIGHT}"`);
  });
  it('returns null for a non-http URL', () => {
    expect(buildEmbedSnippet({ url: 'javascript:alert(1)', title: 't' })).toBeNull();
  });
});
