/**
 * The page's text as one flat string, with a way back to the DOM.
 *
 * Inline elements are joined without a separator, so a term split by `<em>`, `<a>`, `<wbr>` or a soft
 * hyphen is one run of text; `<br>` reads as a space; block elements are separated by '\n' (the only
 * '\n' in `text`: line breaks inside text nodes read as spaces, which keeps offsets 1:1 with the DOM).
 * Skipped: see `isSkipped` in dom-rules.ts (script, style, form fields, code, `hidden`, inline
 * `display:none`, contenteditable, our own UI under `[data-brief-lens]`). `aria-hidden` is NOT skipped:
 * it hides text from assistive technology, not from the eye. Open shadow roots and iframes are not read.
 */
import { isBlock, isSkipped } from './dom-rules';

export interface TextBlock {
  start: number;
  end: number;
  /** The nearest block element (or the root) holding this run of text. */
  element: Node;
}

/** A link's element and the flat-text span of its text (its `href` is read only when needed). */
export interface TextLink {
  element: Element;
  start: number;
  end: number;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

export interface TextIndex {
  root: Node;
  text: string;
  /** Text nodes in document order, and the flat-text offset where each starts. */
  nodes: Text[];
  starts: number[];
  /** Runs of text between block separators, in order. */
  blocks: TextBlock[];
  /** Links (`<a href>`) with the flat-text span of their text. */
  links: TextLink[];
  /** A DOM Range over flat-text offsets [start, end). */
  rangeAt(start: number, end: number): Range;
  /** The (text node, offset) of a flat-text offset; offsets between nodes move forward, or back with 'end'. */
  toDomPosition(offset: number, affinity?: 'start' | 'end'): DomPosition | null;
}

export interface TextIndexOptions {
  /** Extra elements to leave out, with everything inside them. */
  skip?: (el: Element) => boolean;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
/** NodeFilter.SHOW_ELEMENT | SHOW_TEXT | SHOW_CDATA_SECTION (the global NodeFilter is missing in Node). */
const SHOW = 0x1 | 0x4 | 0x8;
const BLOCK = 1;
const LINK = 2;

/** The part of TreeWalker the builder uses. */
interface Walker {
  currentNode: Node;
  nextNode(): Node | null;
}

/**
 * The first element, text or CDATA node after `node` and everything inside it, within `root`; null at
 * the end (or if `node` has been taken out of the document).
 */
function after(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n !== null && n !== root) {
    const next: Node | null = n.nextSibling;
    if (next === null) {
      n = n.parentNode;
      continue;
    }
    const type = next.nodeType;
    if (type === ELEMENT || type === TEXT || type === CDATA) return next;
    // A comment, processing instruction or doctype: nothing inside it, so go on after it.
    n = next;
  }
  return null;
}

/** The same walk as a TreeWalker over SHOW, for DOMs whose TreeWalker cannot be moved (linkedom). */
class SiblingWalker implements Walker {
  constructor(
    private readonly root: Node,
    public currentNode: Node,
  ) {}

  nextNode(): Node | null {
    const node = this.currentNode;
    const first = node.firstChild;
    let next: Node | null;
    if (first === null) next = after(node, this.root);
    else {
      const type = first.nodeType;
      next = type === ELEMENT || type === TEXT || type === CDATA ? first : after(first, this.root);
    }
    if (next !== null) this.currentNode = next;
    return next;
  }
}

function walkerFor(root: Node): Walker {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const walker = doc?.createTreeWalker?.(root, SHOW) as Partial<TreeWalker> | undefined;
  // linkedom's TreeWalker reads a snapshot and ignores `currentNode` being set, which skipping needs;
  // it also lacks the sibling and parent moves, which is how a full implementation is told apart.
  if (walker && typeof walker.nextSibling === 'function' && typeof walker.parentNode === 'function') {
    return walker as TreeWalker;
  }
  return new SiblingWalker(root, root);
}

/**
 * Builds the index step by step so that a caller can yield to the page between steps; `buildTextIndex`
 * runs it to the end in one go.
 *
 * The walk is a TreeWalker over elements and text: one DOM call per node, where firstChild / nextSibling
 * / parentNode took two or three. Nothing is called on the way up: each open block or link remembers
 * the node the walk reaches after it (`ends`), and is closed when the walk gets there.
 */
export class TextIndexBuilder {
  private parts: string[] = [];
  /** Text of earlier steps, joined step by step so that `finish` does not join a whole page's parts at once. */
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly blocks: TextBlock[] = [];
  private readonly links: TextLink[] = [];
  private readonly openLinks: TextLink[] = [];
  private readonly blockStack: Node[];
  /** Open blocks and links, innermost last: the element, BLOCK | LINK, and the node after it. */
  private readonly open: Element[] = [];
  private readonly kinds: number[] = [];
  private readonly ends: (Node | null)[] = [];
  private segmentStart = 0;
  private readonly walker: Walker;
  private node: Node | null;

  constructor(
    private readonly root: Node,
    private readonly options: TextIndexOptions = {},
  ) {
    this.node = root;
    this.blockStack = [root];
    this.walker = walkerFor(root);
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    this.bare =
      this.walker instanceof SiblingWalker || !doc ? false : !('localName' in doc.createTextNode(''));
  }

  /** True if text nodes have no `localName` (browsers do not give them one; linkedom does). */
  private readonly bare: boolean;

  /** Reads up to `budget` nodes; true once the whole root has been read. */
  step(budget: number): boolean {
    const { root, walker, nodes, starts, lengths, parts, ends } = this;
    const skip = this.options.skip;
    const bare = this.bare;
    // The page may have changed while the caller yielded: find where the open elements end now.
    for (let i = 0; i < ends.length; i++) ends[i] = after(this.open[i]!, root);
    let node = this.node;
    let length = this.length;
    let end: Node | null | undefined = ends.length > 0 ? ends[ends.length - 1] : undefined;
    while (node !== null && budget-- > 0) {
      while (node === end) {
        this.length = length;
        this.close();
        length = this.length;
        end = ends.length > 0 ? ends[ends.length - 1] : undefined;
      }
      // Where text nodes have no `localName` (browsers), one read tells text from an element and names
      // the element; the root may be anything (a document, a fragment, a comment).
      let name: string | null | undefined;
      if (bare && node !== root) name = (node as Element).localName;
      else {
        const type = node.nodeType;
        name =
          type === ELEMENT ? (node as Element).localName : type === TEXT || type === CDATA ? undefined : null;
      }
      if (name === undefined) {
        const data = (node as Text).data;
        const n = data.length;
        if (n > 0) {
          nodes.push(node as Text);
          starts.push(length);
          lengths.push(n);
          // Two plain searches cost less than a RegExp test on every text node of a large page.
          parts.push(data.indexOf('\n') < 0 && data.indexOf('\r') < 0 ? data : data.replace(/[\r\n]/g, ' '));
          length += n;
        }
      } else if (name !== null) {
        const el = node as Element;
        // As tagOf, from the name already read: on a large page every DOM call counts.
        const tag = name.charCodeAt(0) < 0x61 ? name.toLowerCase() : name;
        if (node !== root && (isSkipped(el, tag) || skip?.(el))) {
          node = after(node, root);
          if (node !== null) walker.currentNode = node;
          continue;
        }
        let kind = 0;
        if (tag === 'br') {
          parts.push(' ');
          length++;
        } else if (isBlock(el, tag)) {
          this.length = length;
          this.separate();
          length = this.length;
          this.blockStack.push(el);
          kind = BLOCK;
        }
        if (tag === 'a') {
          this.openLinks.push({ element: el, start: length, end: length });
          kind |= LINK;
        }
        // The root closes its run of text even when it is not a block (it stands at the stack's base).
        if (node === root) kind |= BLOCK;
        if (kind !== 0) {
          this.open.push(el);
          this.kinds.push(kind);
          ends.push((end = node === root ? null : after(el, root)));
        }
      }
      node = walker.nextNode();
    }
    this.length = length;
    this.node = node;
    if (node === null) while (ends.length > 0) this.close();
    if (parts.length >= 1024) {
      this.chunks.push(parts.join(''));
      this.parts = [];
    }
    return node === null;
  }

  /** The finished index (call after `step` has returned true). */
  finish(): TextIndex {
    this.separate();
    this.chunks.push(this.parts.join(''));
    this.parts = [];
    return makeIndex(
      this.root,
      this.chunks.join(''),
      this.nodes,
      this.starts,
      this.lengths,
      this.blocks,
      this.links,
    );
  }

  /** Closes the innermost open element: the walk has reached the node after it. */
  private close(): void {
    this.open.pop();
    this.ends.pop();
    const kind = this.kinds.pop()!;
    if (kind & BLOCK) {
      this.separate();
      this.blockStack.pop();
    }
    if (kind & LINK) {
      const link = this.openLinks.pop()!;
      link.end = this.length;
      if (link.end > link.start) this.links.push(link);
    }
  }

  /** Ends the current run of text with a separator, unless it is empty. */
  private separate(): void {
    if (this.length === this.segmentStart) return;
    const element = this.blockStack[this.blockStack.length - 1] ?? this.root;
    this.blocks.push({ start: this.segmentStart, end: this.length, element });
    this.parts.push('\n');
    this.length++;
    this.segmentStart = this.length;
  }
}

/** Builds the flat text of `root` in one synchronous pass. */
export function buildTextIndex(root: Node, options?: TextIndexOptions): TextIndex {
  const builder = new TextIndexBuilder(root, options);
  builder.step(Number.POSITIVE_INFINITY);
  return builder.finish();
}

function makeIndex(
  root: Node,
  text: string,
  nodes: Text[],
  starts: number[],
  lengths: number[],
  blocks: TextBlock[],
  links: TextLink[],
): TextIndex {
  // Text lengths as indexed: reading `data` back from the DOM for every lookup costs more than the search.
  let cursor = 0;
  const toDomPosition = (offset: number, affinity: 'start' | 'end' = 'start'): DomPosition | null => {
    if (nodes.length === 0) return null;
    // Last node starting at or before the offset ('end' affinity: strictly before it). Callers mostly
    // ask in text order (mentions, then their ranges): the node of the last answer, or the one after
    // it, is checked before a binary search. Starts strictly increase (empty nodes are not indexed).
    const strict = affinity === 'end';
    const last = nodes.length - 1;
    const before = (k: number): boolean => (strict ? starts[k]! < offset : starts[k]! <= offset);
    let lo: number;
    const c = cursor;
    if (before(c) && (c === last || !before(c + 1))) lo = c;
    else if (c < last && before(c + 1) && (c + 1 === last || !before(c + 2))) lo = c + 1;
    else {
      lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (before(mid)) lo = mid;
        else hi = mid - 1;
      }
    }
    cursor = lo;
    let i = lo;
    const inside = offset - starts[i]!;
    const node = nodes[i]!;
    const length = lengths[i]!;
    if (inside >= 0 && inside <= length) {
      if (affinity === 'start' && inside === length && i + 1 < nodes.length) {
        return { node: nodes[i + 1]!, offset: 0 };
      }
      return { node, offset: inside };
    }
    if (inside < 0) return { node, offset: 0 };
    // In a separator between nodes: forward to the next node, or back to the end of this one.
    if (affinity === 'start' && i + 1 < nodes.length) return { node: nodes[++i]!, offset: 0 };
    return { node, offset: length };
  };
  const rangeAt = (start: number, end: number): Range => {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const range = doc.createRange();
    const a = toDomPosition(start, 'start');
    const b = toDomPosition(Math.max(start, end), 'end');
    if (a && b) {
      try {
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
      } catch {
        // The DOM changed since indexing (a node shrank or moved): clamp to what is there now.
        range.setStart(a.node, Math.min(a.offset, a.node.data.length));
        range.setEnd(b.node, Math.min(b.offset, b.node.data.length));
      }
    }
    return range;
  };
  return { root, text, nodes, starts, blocks, links, rangeAt, toDomPosition };
}
