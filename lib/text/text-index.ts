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
import { isBlock, isSkipped, tagOf } from './dom-rules';

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
const COMMENT = 8;

/**
 * Builds the index step by step so that a caller can yield to the page between steps; `buildTextIndex`
 * runs it to the end in one go.
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
  private segmentStart = 0;
  private node: Node | null;
  private descending = true;

  constructor(
    private readonly root: Node,
    private readonly options: TextIndexOptions = {},
  ) {
    this.node = root;
    this.blockStack = [root];
  }

  /** Visits up to `budget` nodes; true once the whole root has been read. */
  step(budget: number): boolean {
    let node = this.node;
    const root = this.root;
    while (node && budget-- > 0) {
      if (this.descending && this.enter(node) && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (this.descending) this.leaveIfEntered(node);
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node) this.leave(node);
      }
      if (!node || node === root) {
        node = null;
        break;
      }
      node = node.nextSibling;
      this.descending = true;
    }
    this.node = node;
    if (this.parts.length >= 1024) {
      this.chunks.push(this.parts.join(''));
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

  /** Reads a node on the way down; true if its children are to be read too. */
  private enter(node: Node): boolean {
    const type = node.nodeType;
    if (type === TEXT || type === CDATA) {
      const data = (node as Text).data;
      if (data.length === 0) return false;
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      this.lengths.push(data.length);
      // Two plain searches cost less than a RegExp test on every text node of a large page.
      this.parts.push(data.indexOf('\n') < 0 && data.indexOf('\r') < 0 ? data : data.replace(/[\r\n]/g, ' '));
      this.length += data.length;
      return false;
    }
    if (type === COMMENT) return false;
    if (type !== ELEMENT) return true;
    const el = node as Element;
    // One read of the tag name per element: on a large page every DOM call counts.
    const tag = tagOf(el);
    if (node !== this.root && (isSkipped(el, tag) || this.options.skip?.(el))) {
      this.skipped = el;
      return false;
    }
    if (tag === 'br') {
      this.parts.push(' ');
      this.length++;
    } else if (isBlock(el, tag)) {
      this.separate();
      this.blockStack.push(el);
    }
    if (tag === 'a') this.openLinks.push({ element: el, start: this.length, end: this.length });
    return true;
  }

  private skipped: Element | null = null;

  private leaveIfEntered(node: Node): void {
    if (node === this.skipped) {
      this.skipped = null;
      return;
    }
    if (node.nodeType === ELEMENT) this.leave(node);
  }

  /** Closes an element on the way up. */
  private leave(node: Node): void {
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const top = this.blockStack[this.blockStack.length - 1];
    if (top === el) {
      this.separate();
      this.blockStack.pop();
    }
    const link = this.openLinks[this.openLinks.length - 1];
    if (link && link.element === el) {
      this.openLinks.pop();
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
