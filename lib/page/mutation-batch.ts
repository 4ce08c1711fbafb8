/**
 * Turning a burst of DOM mutations into a small set of subtrees to rescan. Our own host element is
 * ignored, nested changes collapse into their outermost changed subtree, and past a limit the batch
 * becomes one full rescan, so the cost of following a busy page stays bounded.
 */

export interface ChangeBatch {
  /** Outermost changed subtrees, each still in the document. */
  roots: Node[];
  /** True when so much changed that one full rescan is cheaper than many small ones. */
  full: boolean;
}

/** Records carry their target; childList records also the nodes they added and removed. */
export type ChangeRecord = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

/** Whether a node is, or is inside, an element we put into the page. */
export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).hasAttribute('data-brief-lens')) return true;
  }
  return false;
}

function onlyOurs(list: NodeList): boolean {
  if (list.length === 0) return false;
  for (const n of list) if (!(n.nodeType === 1 && (n as Element).hasAttribute('data-brief-lens'))) return false;
  return true;
}

/** The subtree a record asks to rescan, or null when it is ours or irrelevant. */
function rootOf(r: ChangeRecord): Node | null {
  if (r.type === 'characterData') return r.target.parentNode;
  if (r.type !== 'childList') return null;
  const addedOurs = onlyOurs(r.addedNodes) && (r.removedNodes.length === 0 || onlyOurs(r.removedNodes));
  const removedOurs = onlyOurs(r.removedNodes) && r.addedNodes.length === 0;
  if (addedOurs || removedOurs) return null;
  return r.target;
}

/** Collapses records into the outermost changed subtrees still in `scope`. */
export function coalesce(records: Iterable<ChangeRecord>, scope: Node, limit = 50): ChangeBatch {
  const roots = new Set<Node>();
  for (const r of records) {
    const root = rootOf(r);
    if (!root || isOurs(root) || !scope.contains(root)) continue;
    roots.add(root);
  }
  if (roots.has(scope)) return { roots: [scope], full: true };
  // Keep a root only if none of its ancestors changed too.
  const outer = [...roots].filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (roots.has(p)) return false;
    return true;
  });
  if (outer.length > limit) return { roots: [scope], full: true };
  return { roots: outer, full: false };
}
