/** A clipping as it is stored: the quote, how to find it again, where it came from, and the user's notes. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Where in a PDF a clipping stands: the document's pdf.js fingerprint (the same bytes give the same
 * one, from any address) and its page, counted from 1. The clipping's selectors then count within
 * that page's text, so the PDF opened again from anywhere finds it on its page.
 */
export interface PdfLocation {
  fingerprint: string;
  page: number;
}

export interface Clipping {
  /** A random UUID; stable across export and import, so re-importing adds nothing twice. */
  id: string;
  quote: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  author?: string;
  published?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** Pack entries and documents found inside the quote. */
  entryIds: string[];
  note: string;
  tags: string[];
  /** Set for a clipping from a PDF in the reader. */
  pdf?: PdfLocation;
}
