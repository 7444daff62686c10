import { decodeBytes, type Encoding } from './decode.ts';
import { htmlToText } from './html.ts';

/** One input file turned into text, or the reason it could not be. Pure. */

export type FileFormat = 'txt' | 'html' | 'other';

export interface ReadInput {
  format: FileFormat;
  encoding: Encoding | null;
  text: string; // '' unless the file was read
  status: 'ok' | 'empty' | 'unreadable';
  message: string;
}

const TEXT_EXT = new Set(['txt', 'text']);
const HTML_EXT = new Set(['html', 'htm', 'xhtml', 'shtml']);

export function extensionOf(name: string): string {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function formatOf(name: string): FileFormat {
  const ext = extensionOf(name);
  if (TEXT_EXT.has(ext)) return 'txt';
  if (HTML_EXT.has(ext)) return 'html';
  return 'other';
}

/** Whitespace of any kind (incl. ideographic space, BOM, zero-width) counts as nothing. */
function isBlank(text: string): boolean {
  return !/[^\s\u200b\u200c\u200d\u2060\ufeff]/.test(text);
}

export function readInput(name: string, bytes: Uint8Array): ReadInput {
  const format = formatOf(name);
  if (format === 'other') {
    const ext = extensionOf(name);
    return {
      format, encoding: null, text: '', status: 'unreadable',
      message: `unsupported file type ${ext ? `.${ext}` : '(no extension)'}: only .txt and .html/.htm are read (convert PDF/Word to text first)`,
    };
  }
  if (bytes.length === 0) return { format, encoding: null, text: '', status: 'empty', message: 'empty file (0 bytes)' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { format, encoding: null, text: '', status: 'unreadable', message: `cannot decode: ${decoded.reason}` };
  const text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
  if (isBlank(text)) {
    return { format, encoding: decoded.encoding, text: '', status: 'empty', message: format === 'html' ? 'no text left after removing the HTML markup' : 'only whitespace' };
  }
  return { format, encoding: decoded.encoding, text, status: 'ok', message: '' };
}
