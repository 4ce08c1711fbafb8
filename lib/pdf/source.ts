/** The PDF the reader was asked to open: the `file` parameter of `pdf.html?file=URL`, checked. */
import { textFragmentUrl } from '../clip/text-fragment';

export type PdfSource =
  { kind: 'none' } | { kind: 'url'; url: string; origin: string } | { kind: 'invalid'; value: string };

const ALLOWED = new Set(['http:', 'https:', 'file:', 'blob:']);

/** The reader's page in the extension. */
const READER_PATH = '/pdf.html';

/** Reads `file` from a query string; only http(s), file and blob addresses are opened. */
export function pdfSource(search: string): PdfSource {
  const value = new URLSearchParams(search).get('file');
  if (value === null || value.trim() === '') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { kind: 'invalid', value };
  }
  if (!ALLOWED.has(url.protocol)) return { kind: 'invalid', value };
  return { kind: 'url', url: url.href, origin: url.origin };
}

/** The origin pattern a site's permission is asked for, or null where none is needed (file:, blob:). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Whether an address looks like a PDF by its path (`….pdf`, before any query or fragment). */
export function looksLikePdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') &&
      /\.pdf$/i.test(u.pathname)
    );
  } catch {
    return false;
  }
}

/** The reader's address for a PDF at `url` (or the bare reader when `url` is undefined). */
export function readerPath(url?: string): string {
  return url ? `${READER_PATH}?file=${encodeURIComponent(url)}` : READER_PATH;
}

/**
 * Where *Open at source* takes a clipping: one from a PDF opens in the reader at its page
 * (`pdf.html?file=URL#page=N`); any other opens its page with a text fragment on the quote.
 */
export function clippingSourceUrl(
  c: { url: string; quote: string; pdf?: { page: number } },
  extensionUrl: (path: string) => string,
): string {
  if (!c.pdf) return textFragmentUrl(c.url, c.quote);
  return `${extensionUrl(readerPath(c.url))}#page=${c.pdf.page}`;
}

/**
 * Whether `url` is our own PDF reader (`pdf.html`) under this extension's origin (with its trailing
 * slash): an extension page, but one that reads a document and answers as a content script does.
 */
export function isOwnReaderUrl(url: string | undefined, extensionOrigin: string): boolean {
  // Compared as text: for chrome-extension: and moz-extension: addresses URL.origin is "null".
  if (!url || !extensionOrigin.endsWith('/') || !url.startsWith(extensionOrigin)) return false;
  try {
    return new URL(url).pathname === READER_PATH;
  } catch {
    return false;
  }
}
