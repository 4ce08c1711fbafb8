/**
 * All marks found on the page, kept in document order across full scans and the small rescans that
 * follow DOM changes: a rescanned block's old marks are replaced by its new ones, and marks whose text
 * left the document are dropped.
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

/** The page's marks. */
export class MarkSet {
  private list: Mark[] = [];

  get all(): readonly Mark[] {
    return this.list;
  }

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
    const before = this.list.length;
    const kept = this.list.filter((m) => isLive(m) && !roots.some((r) => r.contains(m.range.startContainer)));
    if (kept.length === before && fresh.length === 0) return false;
    this.list = fresh.length === 0 ? kept : [...kept, ...fresh].sort(byDocumentOrder);
    return true;
  }
}
