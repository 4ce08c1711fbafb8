/**
 * Where pdf.js finds its worker, character maps and standard fonts: files copied into the extension at
 * build time (wxt.config.ts, `pdfjs/`), so a PDF never makes pdf.js reach for the network.
 */
export interface PdfAssets {
  workerSrc: string;
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** The asset addresses inside the extension, given `browser.runtime.getURL`. */
export function pdfAssets(getURL: (path: string) => string): PdfAssets {
  return {
    workerSrc: getURL('/pdfjs/pdf.worker.min.mjs'),
    cMapUrl: getURL('/pdfjs/cmaps/'),
    standardFontDataUrl: getURL('/pdfjs/standard_fonts/'),
  };
}

/**
 * The options every document is opened with. No eval (the extension's CSP forbids it), no WebAssembly
 * (it would need `wasm-unsafe-eval`; pdf.js decodes JPEG 2000 and JBIG2 in JavaScript instead), no
 * scripting, and packed character maps from the extension.
 */
export function documentOptions(assets: PdfAssets) {
  return {
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
    useSystemFonts: true,
  } as const;
}
