/** Which mark lies under a viewport point: the highlight registry where it can tell, else the caret. */
import type { HighlightLayer } from './highlights';
import { rangeContainsPoint, type Mark, type MarkIndex } from './mark-index';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The DOM boundary point nearest a viewport point, as the browser places a caret there. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * The mark under (x, y). `highlightsFromPoint` answers exactly; the caret fallback finds the mark
 * containing the nearest caret position, then checks the point really lies on that mark's line boxes,
 * because a caret is placed even when the pointer is in a margin far from any text.
 */
export function markAtPoint(
  doc: Document,
  layer: HighlightLayer,
  index: MarkIndex,
  x: number,
  y: number,
): Mark | undefined {
  if (index.size === 0) return undefined;
  const ranges = layer.rangesAtPoint(x, y, ['term', 'document']);
  if (ranges) {
    for (const r of ranges) {
      const m = index.forRange(r);
      if (m) return m;
    }
    return undefined;
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const candidates = [index.atPosition(caret.node, caret.offset)];
  // A caret in the right half of a mark's last character lands at its end; try the character before.
  if (!candidates[0] && caret.offset > 0) candidates.push(index.atPosition(caret.node, caret.offset - 1));
  return candidates.find((m) => m && rangeContainsPoint(m.range, x, y));
}
