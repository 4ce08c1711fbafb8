/**
 * Which elements the text index reads, and which ones separate blocks. Decided by tag and attributes
 * only: asking for computed style on every element of a large page would cost more than the whole scan,
 * so hidden content that only CSS hides is filtered later, per mention (see `isRendered`).
 */

/** Elements whose text is not prose a reader sees: code, form fields, media, metadata, ruby annotations. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'kbd',
  'samp',
  'var',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'rt',
  'rp',
  'dialog',
]);

/** Elements that start a new line of text: a term never runs across their edges. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'img',
  'time',
  'label',
]);

/**
 * Lower-case tag name. `localName` is lower case for HTML in both HTML and XHTML documents and needs
 * no conversion (tagName would, for every element of a large page).
 */
export function tagOf(el: Element): string {
  const name = el.localName;
  return name.charCodeAt(0) < 0x61 ? name.toLowerCase() : name;
}

/** True if the index must not read this element or anything inside it. */
export function isSkipped(el: Element, tag: string = tagOf(el)): boolean {
  if (SKIPPED.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  // One DOM call for the names, where asking for four attributes one by one took four: most elements
  // with attributes carry only class, id or href, and are settled without another call.
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === 'hidden' || name === 'data-brief-lens') return true;
    if (name === 'contenteditable') {
      if (el.getAttribute(name) !== 'false') return true;
    } else if (name === 'style') {
      if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute(name)!)) return true;
    }
  }
  return false;
}

/** True if the element starts and ends a block of text. */
export function isBlock(el: Element, tag: string = tagOf(el)): boolean {
  return BLOCKS.has(tag);
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
