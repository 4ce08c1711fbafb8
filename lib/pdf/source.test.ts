import { describe, expect, test } from 'vitest';
import {
  clippingSourceUrl,
  isOwnReaderUrl,
  looksLikePdf,
  originPattern,
  pdfSource,
  readerPath,
} from './source';

describe('pdfSource', () => {
  test('reads and checks the file parameter', () => {
    expect(pdfSource('')).toEqual({ kind: 'none' });
    expect(pdfSource('?file=%20')).toEqual({ kind: 'none' });
    expect(pdfSource('?file=https%3A%2F%2Fa.example%2Fx.pdf')).toEqual({
      kind: 'url',
      url: 'https://a.example/x.pdf',
      origin: 'https://a.example',
    });
    expect(pdfSource('?file=javascript:alert(1)')).toEqual({ kind: 'invalid', value: 'javascript:alert(1)' });
    expect(pdfSource('?file=not%20a%20url').kind).toBe('invalid');
    expect(pdfSource('?file=chrome://settings').kind).toBe('invalid');
  });

  test('round-trips through readerPath', () => {
    const url = 'https://a.example/r/brief.pdf?v=2#page=3';
    expect(pdfSource(new URL(readerPath(url), 'chrome-extension://id').search)).toMatchObject({ url });
    expect(readerPath()).toBe('/pdf.html');
  });
});

describe('originPattern and looksLikePdf', () => {
  test('ask for a host, any port, only for web addresses', () => {
    expect(originPattern('http://127.0.0.1:8080/a.pdf')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://Example.ORG/a.pdf')).toBe('https://example.org/*');
    expect(originPattern('file:///home/a.pdf')).toBeNull();
    expect(originPattern('nonsense')).toBeNull();
  });

  test('a PDF is known by its path, whatever the query or case', () => {
    expect(looksLikePdf('https://a.example/x.PDF?dl=1#p=2')).toBe(true);
    expect(looksLikePdf('file:///tmp/report.pdf')).toBe(true);
    expect(looksLikePdf('https://a.example/x.pdf.html')).toBe(false);
    expect(looksLikePdf('https://a.example/view?file=x.pdf')).toBe(false);
    expect(looksLikePdf('chrome-extension://id/x.pdf')).toBe(false);
    expect(looksLikePdf(undefined)).toBe(false);
  });
});

describe('clippingSourceUrl', () => {
  const ext = (path: string) => `chrome-extension://abc${path}`;
  test('a clipping from a PDF opens in the reader at its page', () => {
    const url = clippingSourceUrl({ url: 'https://x.example/a b.pdf', quote: 'q', pdf: { page: 7 } }, ext);
    expect(url).toBe(
      `chrome-extension://abc/pdf.html?file=${encodeURIComponent('https://x.example/a b.pdf')}#page=7`,
    );
    expect(pdfSource(new URL(url).search)).toMatchObject({ kind: 'url', url: 'https://x.example/a%20b.pdf' });
  });
  test('any other clipping opens its page at the quote', () => {
    expect(clippingSourceUrl({ url: 'https://x.example/story', quote: 'the quote' }, ext)).toBe(
      'https://x.example/story#:~:text=the%20quote',
    );
  });
});

describe('isOwnReaderUrl', () => {
  const origin = 'moz-extension://1234-abcd/';
  test.each([`${origin}pdf.html`, `${origin}pdf.html?file=https%3A%2F%2Fx.example%2Fa.pdf#page=2`])(
    '%s is our reader',
    (url) => expect(isOwnReaderUrl(url, origin)).toBe(true),
  );
  test.each([
    `${origin}popup.html`,
    'moz-extension://other/pdf.html',
    'https://x.example/pdf.html',
    `${origin}sub/pdf.html`,
    '',
    'not a url',
  ])('%s is not', (url) => expect(isOwnReaderUrl(url, origin)).toBe(false));
  test('without our origin nothing is', () => expect(isOwnReaderUrl(`${origin}pdf.html`, '')).toBe(false));
});
