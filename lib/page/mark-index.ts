/**
 * Marks on the page in document order, and the lookups hover and keyboard reading need: which mark
 * a highlight range or a caret position belongs to, and which mark follows or precedes another.
 */
import type { Mention } from '../match/types';

/** One painted mention: what was found and where it stands in the DOM. */
export interface Mark {
  mention: Mention;
  range: Range;
}

/**
 * Binary search over `n` sorted, non-overlapping intervals. `cmp(i)` says where the target lies
 * relative to interval i: negative before it, 0 inside, positive after. Returns i or -1.
 */
export function searchSorted(n: number, cmp: (i: number) => number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(mid);
    if (c === 0) return mid;
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** Whether a viewport point falls inside one of a range's line boxes (with a little slack). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  }
  return false;
}

/** The marks of a page, sorted, with lookups by range identity and by DOM position. */
export class MarkIndex {
  readonly marks: readonly Mark[];
  private readonly byRange = new Map<AbstractRange, Mark>();

  constructor(marks: readonly Mark[]) {
    this.marks = marks;
    for (const m of marks) this.byRange.set(m.range, m);
  }

  get size(): number {
    return this.marks.length;
  }

  /** The mark a highlight range belongs to. */
  forRange(range: AbstractRange): Mark | undefined {
    return this.byRange.get(range);
  }

  /** The mark whose range contains a DOM boundary point, found by binary search. */
  atPosition(node: Node, offset: number): Mark | undefined {
    const i = searchSorted(this.marks.length, (k) => {
      try {
        // comparePoint: -1 when the point is before the range, 1 after, 0 inside.
        return this.marks[k]!.range.comparePoint(node, offset);
      } catch {
        return 1;
      }
    });
    if (i < 0) return undefined;
    const m = this.marks[i]!;
    // A caret at the very end of a mark sits between it and the next character: not inside.
    if (m.range.endContainer === node && m.range.endOffset === offset) return undefined;
    return m;
  }

  /** The index of a mark, or -1. */
  indexOf(mark: Mark | undefined): number {
    return mark ? this.marks.indexOf(mark) : -1;
  }

  /** The mark after (step 1) or before (step -1) position `from`, wrapping round. */
  step(from: number, step: 1 | -1): Mark | undefined {
    const n = this.marks.length;
    if (n === 0) return undefined;
    const i = from < 0 ? (step === 1 ? 0 : n - 1) : (((from + step) % n) + n) % n;
    return this.marks[i];
  }
}
