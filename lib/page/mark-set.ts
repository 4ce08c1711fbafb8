/**
 * All marks found on the page, kept in document order across full scans and the small rescans that
 * follow DOM changes: a rescanned block's old marks are replaced by its new ones, and marks whose text
 * left the document are dropped. Marks of one scan come in document order, so an update never sorts the
 * whole set: a rescanned block's old marks are one run found by binary search, and its new marks are
 * merged in where they belong. On a page with a hundred thousand marks that is a few dozen DOM
 * comparisons instead of a couple of million.
 */
import type { Mark } from './mark-index';

/** Orders marks as their ranges stand in the document. */
export function byDocumentOrder(a: Mark, b: Mark): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

/** Whether a mark still stands on text in the document. */
export function isLive(m: Mark): boolean {
  return !m.range.collapsed && m.range.startContainer.isConnected && m.range.endContainer.isConnected;
}

/** Marks looked at between two chances to yield. */
const STEP = 512;

/** The first index in `marks` (sorted) from `lo` whose start is not before `point`, by binary search. */
function firstAtOrAfter(marks: readonly Mark[], point: Range, lo = 0): number {
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.range.compareBoundaryPoints(Range.START_TO_START, point) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indices [from, to) of the marks (sorted, live) that start inside `root`, or null if that cannot be told. */
function runInside(marks: readonly Mark[], root: Node): [number, number] | null {
  const doc = root.ownerDocument;
  if (!doc || !root.parentNode) return null;
  try {
    const at = doc.createRange();
    at.selectNode(root);
    at.collapse(true);
    const from = firstAtOrAfter(marks, at);
    at.selectNode(root);
    at.collapse(false);
    return [from, firstAtOrAfter(marks, at, from)];
  } catch {
    return null;
  }
}

/** The page's marks. */
export class MarkSet {
  private list: Mark[] = [];

  get all(): readonly Mark[] {
    return this.list;
  }

  /** Takes the marks of a full scan, which come in document order. */
  replaceAll(marks: Mark[]): void {
    this.list = marks;
  }

  clear(): void {
    this.list = [];
  }

  /**
   * Replaces the marks inside `roots` with `fresh` (found by rescanning those roots) and drops marks
   * whose text is gone. Returns whether anything changed.
   */
  update(roots: readonly Node[], fresh: readonly Mark[]): boolean {
    const steps = this.updateSteps(roots, fresh);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /** The same, calling `pause` every few hundred marks (it may throw to abandon the update). */
  async updateSliced(
    roots: readonly Node[],
    fresh: readonly Mark[],
    pause: () => Promise<void>,
  ): Promise<boolean> {
    const steps = this.updateSteps(roots, fresh);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await pause();
    }
  }

  /** The update as a generator: it yields where the caller may pause; the set changes only at the end. */
  private *updateSteps(roots: readonly Node[], fresh: readonly Mark[]): Generator<void, boolean> {
    const before = this.list;
    const live: Mark[] = [];
    for (let i = 0; i < before.length; i++) {
      if (i % STEP === STEP - 1) yield;
      if (isLive(before[i]!)) live.push(before[i]!);
    }
    yield;
    const drop = new Uint8Array(live.length);
    for (const root of roots) {
      // A root that left the document holds no live mark.
      if (!root.isConnected) continue;
      const run = runInside(live, root);
      if (run) drop.fill(1, run[0], run[1]);
      else
        for (let i = 0; i < live.length; i++) if (root.contains(live[i]!.range.startContainer)) drop[i] = 1;
    }
    const kept = drop.includes(1) ? live.filter((_, i) => drop[i] === 0) : live;
    if (kept.length === before.length && fresh.length === 0) return false;
    if (fresh.length === 0) {
      this.list = kept;
      return true;
    }
    yield;
    // Each block's marks are in order; the blocks themselves come in the order they changed.
    let inOrder = true;
    for (let i = 1; i < fresh.length && inOrder; i++)
      inOrder = byDocumentOrder(fresh[i - 1]!, fresh[i]!) <= 0;
    const adding = inOrder ? fresh : [...fresh].sort(byDocumentOrder);
    yield;
    this.list = yield* mergeSteps(kept, adding);
    return true;
  }
}

/**
 * Merges sorted `added` into sorted `kept`, a mark that ties going after the kept one (as a stable sort of
 * kept then added would). A run of added marks between the same two kept ones costs one comparison each.
 */
function* mergeSteps(kept: readonly Mark[], added: readonly Mark[]): Generator<void, Mark[]> {
  const out: Mark[] = [];
  let pos = 0;
  for (let i = 0; i < added.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const m = added[i]!;
    if (pos < kept.length && byDocumentOrder(kept[pos]!, m) <= 0) {
      const next = firstAfter(kept, m, pos + 1);
      for (let k = pos; k < next; k++) out.push(kept[k]!);
      pos = next;
    }
    out.push(m);
  }
  for (let k = pos; k < kept.length; k++) out.push(kept[k]!);
  return out;
}

/** The first index from `lo` whose mark starts after `m`'s start (binary search over sorted marks). */
function firstAfter(marks: readonly Mark[], m: Mark, lo: number): number {
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDocumentOrder(marks[mid]!, m) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
