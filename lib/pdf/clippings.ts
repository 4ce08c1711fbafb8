/**
 * Clippings in the reader, placed by page. A clipping from a PDF stores the document's fingerprint
 * and its page, with its quote's context and position counted within the text of that page's text
 * layer (and the next page's, where a quote runs on). The same bytes opened again from any address
 * give the same fingerprint, so the reader asks for the clippings by fingerprint and marks each one as
 * its page's text layer appears: pdf.js renders pages only near the view.
 */
import { anchor, describe } from '../clip/anchor';
import { buildPageText, type PageText } from '../clip/page-text';
import type { PdfLocation } from '../db/clipping';
import type { ClippingDraft, StoredClippingView } from '../messaging/protocol';
import { selectionText } from '../page/clippings';

/** The page number of the pdf.js page element holding `node`, or null outside every page. */
export function pageOf(node: Node): number | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const page = el?.closest('.page[data-page-number]');
  const n = Number(page?.getAttribute('data-page-number'));
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * The text of the text layers of pages `first` to `last` of the viewer, nothing else: not other
 * pages, not the annotation layer, not our own UI. What a PDF clipping's offsets count in.
 */
export function pagesText(viewer: Element, first: number, last: number): PageText {
  return buildPageText(viewer, {
    skip: (el) => {
      if (el.hasAttribute('data-brief-lens')) return true;
      if (el.classList.contains('page')) {
        const n = Number(el.getAttribute('data-page-number'));
        return !(n >= first && n <= last);
      }
      return !!el.parentElement?.classList.contains('page') && !el.classList.contains('textLayer');
    },
  });
}

/**
 * A draft cut from the viewer's whole text, placed in its PDF: the page it starts on, and its quote,
 * context and position within that page's text (running on into the next page). Null when the
 * quote cannot be found on a page (it then stays a clipping of the PDF's address only).
 */
export function placeDraft(
  viewer: Element,
  draft: ClippingDraft,
  fingerprint: string,
): (ClippingDraft & { pdf: PdfLocation }) | null {
  if (!fingerprint) return null;
  const whole = selectionText(viewer);
  const found = anchor(whole.text, [
    { type: 'TextQuoteSelector', exact: draft.quote, prefix: draft.prefix, suffix: draft.suffix },
    { type: 'TextPositionSelector', start: draft.start, end: draft.end },
  ]);
  if (!found) return null;
  const range = whole.rangeAt(found.start, found.end);
  const page = pageOf(range.startContainer);
  if (page === null) return null;
  const text = pagesText(viewer, page, page + 1);
  const span = text.span(range);
  if (span.end <= span.start) return null;
  const { quote, selectors } = describe(text.text, span.start, span.end);
  return {
    ...draft,
    quote,
    prefix: selectors[0].prefix,
    suffix: selectors[0].suffix,
    start: selectors[1].start,
    end: selectors[1].end,
    pdf: { fingerprint, page },
  };
}

/** Where a stored PDF clipping stands now, if its page's text layer is there and holds it. */
export function findOnPage(viewer: Element, c: StoredClippingView): Range | null {
  if (c.page === undefined) return null;
  const text = pagesText(viewer, c.page, c.page + 1);
  if (!text.text) return null;
  const a = anchor(text.text, [
    { type: 'TextQuoteSelector', exact: c.quote, prefix: c.prefix, suffix: c.suffix },
    { type: 'TextPositionSelector', start: c.start, end: c.end },
  ]);
  if (!a) return null;
  const range = text.rangeAt(a.start, a.end);
  // Found only on the page after: it belongs to that page's own clippings, not here.
  return pageOf(range.startContainer) === c.page ? range : null;
}

/**
 * The clippings of the open PDF and the ranges found for them so far. `load` replaces the list (a
 * document opened, a clipping saved); `pageRendered` looks again on a page whose text layer pdf.js
 * has just drawn (first shown, or redrawn at a new zoom). `paint` receives every range found.
 */
export class PdfClippingMarks {
  private clippings: StoredClippingView[] = [];
  private readonly found = new Map<string, Range>();

  constructor(
    private readonly viewer: Element,
    private readonly paint: (ranges: Range[]) => void,
  ) {}

  load(clippings: readonly StoredClippingView[]): void {
    this.clippings = clippings.filter((c) => c.page !== undefined);
    this.found.clear();
    for (const c of this.clippings) this.place(c);
    this.paint([...this.found.values()]);
  }

  pageRendered(page: number): void {
    const touched = this.clippings.filter((c) => c.page === page || c.page === page - 1);
    if (touched.length === 0) return;
    for (const c of touched) this.place(c);
    this.paint([...this.found.values()]);
  }

  /** How many of the document's clippings are marked now. */
  get marked(): number {
    return this.found.size;
  }

  private place(c: StoredClippingView): void {
    const range = findOnPage(this.viewer, c);
    if (range) this.found.set(c.id, range);
    else this.found.delete(c.id);
  }
}
