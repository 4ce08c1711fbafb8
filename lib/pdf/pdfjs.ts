/**
 * Loading pdf.js and its viewer components. The viewer module reads the library from
 * `globalThis.pdfjsLib`, so the library is loaded and published first, then the viewer.
 */
import type * as PdfjsLibModule from 'pdfjs-dist';
import type * as PdfjsViewerModule from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { PdfAssets } from './assets';

export type PdfjsLib = typeof PdfjsLibModule;
export type PdfjsViewer = typeof PdfjsViewerModule;

export interface Pdfjs {
  lib: PdfjsLib;
  viewer: PdfjsViewer;
}

let loading: Promise<Pdfjs> | null = null;

/** pdf.js with its worker pointed at the extension's copy; loaded once. */
export function loadPdfjs(assets: PdfAssets): Promise<Pdfjs> {
  loading ??= (async () => {
    const lib = await import('pdfjs-dist');
    lib.GlobalWorkerOptions.workerSrc = assets.workerSrc;
    (globalThis as { pdfjsLib?: PdfjsLib }).pdfjsLib = lib;
    const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
    return { lib, viewer };
  })();
  return loading;
}
