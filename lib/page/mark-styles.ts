/**
 * The page-side stylesheet: `::highlight()` rules only. Highlight pseudo-elements accept colours,
 * text decoration and shadows, never box properties, so this sheet cannot move anything on the page.
 * It is adopted (`document.adoptedStyleSheets`) rather than inserted as a `<style>` element so that
 * the page's DOM and text stay untouched.
 */
import type { MarkStyle } from '../settings/settings';
import { HIGHLIGHT_NAMES as N } from './highlights';

const ACCENT = '#b8860b';
const DOC_ACCENT = '#2f6fb3';

/** The CSS for one mark style. */
export function markCss(style: MarkStyle): string {
  const active = `::highlight(${N.active}){background-color:rgba(184,134,11,.28)}`;
  const clip = `::highlight(${N.clipping}){background-color:rgba(255,214,10,.35)}`;
  switch (style) {
    case 'background':
      return (
        `::highlight(${N.term}){background-color:rgba(184,134,11,.16)}` +
        `::highlight(${N.document}){background-color:rgba(47,111,179,.14)}` +
        active +
        clip
      );
    case 'hover':
      // Marks stay registered (hit-testing needs them) but unpainted until the pointer rests on one.
      return active + clip;
    default:
      return (
        `::highlight(${N.term}){text-decoration:underline dotted ${ACCENT};text-decoration-thickness:2px;text-underline-offset:2px}` +
        `::highlight(${N.document}){text-decoration:underline dashed ${DOC_ACCENT};text-decoration-thickness:1.5px;text-underline-offset:2px}` +
        active +
        clip
      );
  }
}

/** One adopted stylesheet in a document, kept in place and updated when the style changes. */
export class MarkStylesheet {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Applies a style; re-adopts the sheet if the page replaced its adopted sheets since. */
  apply(style: MarkStyle): void {
    const win = this.doc.defaultView;
    if (!win || !('adoptedStyleSheets' in this.doc) || typeof win.CSSStyleSheet !== 'function') return;
    try {
      this.sheet ??= new win.CSSStyleSheet();
      this.sheet.replaceSync(markCss(style));
      const sheets = this.doc.adoptedStyleSheets;
      if (!sheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...sheets, this.sheet];
    } catch {
      // A page that freezes or polyfills adoptedStyleSheets loses the paint, not its own styles.
    }
  }

  /** Takes our sheet out of the document. */
  remove(): void {
    if (!this.sheet) return;
    try {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    } catch {
      // Nothing to undo if the page replaced the list.
    }
  }
}
