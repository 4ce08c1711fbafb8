/**
 * Which blocks to rescan after DOM mutations. A mutation inside a block changes only that block's text
 * (blocks are separated in the text index, and context rules look no further than a block), so the
 * content script rescans those blocks and replaces the highlights inside them. Mutations of our own UI
 * (anything under `[data-brief-lens]`) never cause a rescan.
 */
import { isBlock, isSkipped } from '../text/dom-rules';

const ELEMENT = 1;
const COMMENT = 8;

function isOurs(node: Node): boolean {
  const el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-brief-lens]');
}

/** The nearest block element holding a node (the node itself if it is a block element). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el;
}

/** True if the element, or one of its ancestors, is left out of the text index. */
export function isInsideSkipped(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/**
 * False for nodes whose coming or going leaves the indexed text as it was: comments, and elements the
 * index skips whole (a script or an ad frame a page adds to <body> would otherwise rescan all of <body>,
 * synchronously, which on a large page is one long task).
 */
function changesText(node: Node): boolean {
  if (node.nodeType === ELEMENT) return !isSkipped(node as Element);
  return node.nodeType !== COMMENT;
}

function blocksOfRecord(record: MutationRecord, out: Set<Element>): void {
  if (isOurs(record.target)) return;
  if (record.type === 'characterData') {
    const block = blockOf(record.target);
    if (block) out.add(block);
    return;
  }
  if (record.type !== 'childList') return;
  const added = [...record.addedNodes].filter((n) => !isOurs(n) && changesText(n));
  const removed = [...record.removedNodes].filter((n) => changesText(n));
  // New blocks are rescanned on their own; inline changes alter the text of the block around them.
  let aroundChanged = removed.some((n) => !(n.nodeType === ELEMENT && isBlock(n as Element)));
  for (const node of added) {
    if (node.nodeType === ELEMENT && isBlock(node as Element)) out.add(node as Element);
    else aroundChanged = true;
  }
  if (aroundChanged) {
    const block = blockOf(record.target);
    if (block) out.add(block);
  }
}

/** The blocks to rescan for a batch of mutation records: connected, not ours, none inside another. */
export function blocksToRescan(records: Iterable<MutationRecord>): Element[] {
  const found = new Set<Element>();
  for (const record of records) blocksOfRecord(record, found);
  const blocks = [...found].filter((el) => el.isConnected && !isOurs(el) && !isInsideSkipped(el));
  return blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
}
