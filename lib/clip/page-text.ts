/**
 * The page's text as a reader selects it, for clippings: every text node in document order, joined as
 * it stands (the text a DOM Range holds), so a saved quote is exactly the selected text. Unlike the
 * flat text built for term matching (lib/text), nothing the reader can select is left out (`code`,
 * `kbd`, `samp`, `var`, `button` are kept) and inline elements add nothing (`time`, `label`, `img`):
 * only what is never shown as page text is skipped, with our own UI. A line break is added only at a
 * block edge the markup leaves without white space (see BLOCKS).
 *
 * Quotes are described and anchored on this text (lib/clip/anchor), so both always agree.
 */

/** Elements whose text is not page text a reader can select. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'select']);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export interface PageText {
  root: Node;
  text: string;
  /** Text nodes in document order, and the offset in `text` where each starts. */
  nodes: Text[];
  starts: number[];
  /** The text offset of a DOM boundary point; between nodes a start moves forward, an end back. */
  offsetOf(node: Node, offset: number, side?: 'start' | 'end'): number;
  /** The text span [start, end) of a DOM range. */
  span(range: AbstractRange): { start: number; end: number };
  /** A DOM Range over the text span [start, end). */
  rangeAt(start: number, end: number): Range;
}

export interface PageTextOptions {
  /** Extra elements to leave out with everything inside them (our own UI). */
  skip?: (el: Element) => boolean;
}

function skipped(el: Element, options: PageTextOptions): boolean {
  return NOT_TEXT.has(el.localName.toLowerCase()) || (options.skip?.(el) ?? false);
}

/**
 * Elements that start a new line when rendered. Their edges separate text only where the page's own
 * markup has no white space there (minified pages): a quote over two paragraphs then reads
 * "…first.\nSecond…", not "…first.Second…", while pages with white space between blocks keep
 * exactly the text a DOM Range holds.
 */
const BLOCKS = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td ' +
    'tfoot th thead tr ul'
  ).split(' '),
);

const isBlock = (n: Node) => n.nodeType === ELEMENT && BLOCKS.has((n as Element).localName.toLowerCase());

/**
 * Collects the text nodes under `root` in document order, without recursion (pages nest deeply),
 * and for each whether a block edge lies between it and the text node before.
 */
function collect(root: Node, options: PageTextOptions): { nodes: Text[]; breaks: boolean[] } {
  const nodes: Text[] = [];
  const breaks: boolean[] = [];
  let pending = false;
  let n: Node | null = root.firstChild;
  while (n !== null) {
    const type = n.nodeType;
    if (isBlock(n)) pending = true;
    if (type === TEXT || type === CDATA) {
      nodes.push(n as Text);
      breaks.push(pending);
      pending = false;
    }
    const descend = type === ELEMENT && !skipped(n as Element, options);
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n !== null && n !== root && n.nextSibling === null) {
      n = n.parentNode;
      if (n !== null && isBlock(n)) pending = true;
    }
    if (n === null || n === root) break;
    n = n.nextSibling;
  }
  return { nodes, breaks };
}

/** The page text under `root` (normally `document.body`). */
export function buildPageText(root: Node, options: PageTextOptions = {}): PageText {
  const { nodes, breaks } = collect(root, options);
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let last = '';
  nodes.forEach((node, i) => {
    const data = node.data;
    if (breaks[i] && length > 0 && data && !/\s$/.test(last) && !/^\s/.test(data)) {
      parts.push('\n');
      length += 1;
    }
    starts.push(length);
    parts.push(data);
    length += data.length;
    if (data) last = data;
  });
  const text = parts.join('');
  const doc = root.ownerDocument ?? (root as Document);

  const offsetOf = (node: Node, offset: number, side: 'start' | 'end' = 'start'): number => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const i = nodes.indexOf(node as Text);
      if (i >= 0) return starts[i]! + Math.max(0, Math.min(offset, (node as Text).data.length));
    }
    const point = doc.createRange();
    point.setStart(node, offset);
    // The first text node at or after the point, by binary search on document order.
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(nodes[mid]!, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (side === 'end' && lo > 0) return starts[lo - 1]! + nodes[lo - 1]!.data.length;
    return lo < nodes.length ? starts[lo]! : text.length;
  };

  /**
   * The text node and offset for text offset `at`: for a start, the first node ending after it (so a
   * range never starts at the end of the node before); for an end, the last node starting before it.
   */
  const locate = (at: number, side: 'start' | 'end'): { node: Text; offset: number } | null => {
    if (nodes.length === 0) return null;
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const passed = side === 'start' ? starts[mid]! + nodes[mid]!.data.length <= at : starts[mid]! < at;
      if (passed) lo = mid + 1;
      else hi = mid;
    }
    const i = side === 'start' ? Math.min(lo, nodes.length - 1) : Math.max(lo - 1, 0);
    const node = nodes[i]!;
    return { node, offset: Math.max(0, Math.min(at - starts[i]!, node.data.length)) };
  };

  return {
    root,
    text,
    nodes,
    starts,
    offsetOf,
    span(range) {
      const start = offsetOf(range.startContainer, range.startOffset, 'start');
      return { start, end: Math.max(start, offsetOf(range.endContainer, range.endOffset, 'end')) };
    },
    rangeAt(start, end) {
      const range = doc.createRange();
      const from = locate(start, 'start');
      const to = end > start ? locate(end, 'end') : from;
      if (from && to) {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } else {
        range.selectNodeContents(root);
        range.collapse(true);
      }
      return range;
    },
  };
}
