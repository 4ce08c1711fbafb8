/**
 * Which elements the text index reads, and which ones separate blocks. Decided by tag and attributes
 * only: asking for computed style on every element of a large page would cost more than the whole scan,
 * so hidden content that only CSS hides is filtered later, per mention (see `isRendered`).
 */

/** Elements whose text is not prose a reader sees: code, form fields, media, metadata, ruby annotations. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'KBD', 'SAMP', 'VAR', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'SVG', 'MATH', 'RT', 'RP', 'DIALOG',
]);

/** Elements that start a new line of text: a term never runs across their edges. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG', 'TIME', 'LABEL',
]);

/** Upper-case tag name, also for XHTML and SVG documents where `tagName` keeps its case. */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** True if the index must not read this element or anything inside it. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(tagOf(el))) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('data-brief-lens') || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True if the element starts and ends a block of text. */
export function isBlock(el: Element): boolean {
  return BLOCKS.has(tagOf(el));
}

/**
 * False if the browser lays the node's element out as invisible. Only consulted for the few elements
 * that hold a mention; where the DOM has no `checkVisibility` (linkedom) or the node is detached, everything counts as rendered.
 */
export function isRendered(el: Element | null): boolean {
  if (!el) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || !el.isConnected) return true;
  try {
    return check.call(el, { visibilityProperty: true });
  } catch {
    return true;
  }
}
