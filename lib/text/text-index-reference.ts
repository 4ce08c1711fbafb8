/**
 * The text index builder as it was before the TreeWalker rewrite of text-index.ts (a firstChild /
 * nextSibling / parentNode walk with a `leave` per element), kept unchanged as the reference that
 * the property test in text-index.test.ts holds the fast builder to. Imported only by tests.
 */
import { isBlock, isSkipped, tagOf } from './dom-rules';
import type { TextBlock, TextIndexOptions, TextLink } from './text-index';

/** The parts of a TextIndex that the builder decides (the lookups are made from these). */
export interface ReferenceIndex {
  text: string;
  nodes: Text[];
  starts: number[];
  /** Each node's `data.length` when it was read. */
  lengths: number[];
  blocks: TextBlock[];
  links: TextLink[];
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const COMMENT = 8;

/**
 * Builds the index step by step so that a caller can yield to the page between steps; `buildReferenceIndex`
 * runs it to the end in one go.
 */
export class ReferenceTextIndexBuilder {
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

  /** What the index is made of (call after `step` has returned true). */
  finish(): ReferenceIndex {
    this.separate();
    this.chunks.push(this.parts.join(''));
    this.parts = [];
    const { chunks, nodes, starts, lengths, blocks, links } = this;
    return { text: chunks.join(''), nodes, starts, lengths, blocks, links };
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

/** The reference's result in one synchronous pass. */
export function buildReferenceIndex(root: Node, options?: TextIndexOptions): ReferenceIndex {
  const builder = new ReferenceTextIndexBuilder(root, options);
  builder.step(Number.POSITIVE_INFINITY);
  return builder.finish();
}
