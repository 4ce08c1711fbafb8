import { describe, expect, test } from 'vitest';
import { documentOptions, pdfAssets } from './assets';

const getURL = (path: string) => `chrome-extension://abc${path}`;

describe('pdf.js assets and document options', () => {
  test('the worker, character maps and fonts come from the extension itself', () => {
    const assets = pdfAssets(getURL);
    for (const url of Object.values(assets))
      expect(url.startsWith('chrome-extension://abc/pdfjs/')).toBe(true);
    expect(assets.cMapUrl.endsWith('/')).toBe(true);
    expect(assets.standardFontDataUrl.endsWith('/')).toBe(true);
  });

  test('documents open without eval, WebAssembly or XFA scripting, with packed character maps', () => {
    const o = documentOptions(pdfAssets(getURL));
    expect(o).toMatchObject({ isEvalSupported: false, useWasm: false, enableXfa: false, cMapPacked: true });
    expect(o.cMapUrl).toBe('chrome-extension://abc/pdfjs/cmaps/');
  });
});
