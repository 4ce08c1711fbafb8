/**
 * Turning a burst of DOM mutations into a small set of blocks to rescan. Our own host element is
 * ignored; an added node or changed text is widened to its block (a term never crosses a block edge,
 * and context rules look at the whole block); nested blocks collapse into the outermost; and past a
 * limit the batch becomes one full rescan, so the cost of following a busy page stays bounded.
 */
import { isBlock } from '../text/dom-rules';

export interface ChangeBatch {
  /** Outermost changed blocks, each still in the document. */
  roots: Node[];
  /** True when so much changed that one full rescan is cheaper than many small ones. */
  full: boolean;
  /** True when nodes were removed, so marks inside them must go. */
  removed: boolean;
}

/** Records carry their target; childList records also the nodes they added and removed. */
export type ChangeRecord = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

const isHost = (n: Node) => n.nodeType === 1 && (n as Element).hasAttribute('data-brief-lens');

/** Whether a node is, or is inside, an element we put into the page. */
export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isHost(n)) return true;
  return false;
}

/** The nearest block element holding a node, no higher than `scope`. */
export function blockOf(node: Node, scope: Node): Node {
  for (let n: Node | null = node; n && n !== scope; n = n.parentNode) {
    if (n.nodeType === 1 && isBlock(n as Element)) return n;
  }
  return scope;
}

/** Collapses records into the outermost changed blocks still in `scope`. */
export function coalesce(records: Iterable<ChangeRecord>, scope: Node, limit = 50): ChangeBatch {
  const roots = new Set<Node>();
  let removed = false;
  const add = (n: Node | null) => {
    if (n && n.isConnected && scope.contains(n) && !isOurs(n)) roots.add(blockOf(n, scope));
  };
  for (const r of records) {
    if (r.type === 'characterData') add(r.target.parentNode);
    if (r.type !== 'childList') continue;
    for (const n of r.addedNodes) if (!isHost(n) && (n.nodeType === 1 || n.nodeType === 3)) add(n);
    for (const n of r.removedNodes) {
      if (isHost(n)) continue;
      removed = true;
      // Removing a text node or inline element changes the text of the block that held it.
      if (n.nodeType === 3 || (n.nodeType === 1 && !isBlock(n as Element))) add(r.target);
    }
  }
  if (roots.has(scope)) return { roots: [scope], full: true, removed };
  const outer = [...roots].filter((n) => {
    for (let p = n.parentNode; p && p !== scope; p = p.parentNode) if (roots.has(p)) return false;
    return true;
  });
  if (outer.length > limit) return { roots: [scope], full: true, removed };
  return { roots: outer, full: false, removed };
}
