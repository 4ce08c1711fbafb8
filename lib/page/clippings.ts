/**
 * Clippings from the page: drafts for a selection or for the sentence around a mark, and the saved
 * clippings of this address re-marked. Quotes are cut from, and anchored on, the page's text as a
 * reader selects it (lib/clip/page-text), so a quote is exactly the selected text whatever the term
 * matcher's flat text leaves out; the flat text only finds where the sentence around a mark ends.
 */
import { anchor } from '../clip/anchor';
import { buildDraft } from '../clip/draft';
import { extractMetadata } from '../clip/metadata';
import { buildPageText, type PageText } from '../clip/page-text';
import { sentenceAround } from '../clip/sentence';
import type { ClippingDraft, StoredClippingView } from '../messaging/protocol';
import { buildTextIndex, type TextIndex } from '../text/text-index';
import type { Mark } from './mark-index';

const ours = (el: Element) => el.hasAttribute('data-brief-lens');

/** The page's whole flat text (the matcher's), our own UI left out. */
export function pageIndex(root: Node): TextIndex {
  return buildTextIndex(root, { skip: ours });
}

/** The page's text as selected, our own UI left out: what quotes are cut from and anchored on. */
export function selectionText(root: Node): PageText {
  return buildPageText(root, { skip: ours });
}

/**
 * The flat-text offset of a DOM boundary point. Inside a text node it is exact; between nodes a start
 * moves forward to the next indexed character and an end back to just after the previous one, so
 * that a span never takes in a block separator or skipped text at its edges.
 */
export function flatOffset(
  index: TextIndex,
  node: Node,
  offset: number,
  side: 'start' | 'end' = 'start',
): number {
  if (node.nodeType === 3) {
    const i = index.nodes.indexOf(node as Text);
    if (i >= 0) return index.starts[i]! + Math.min(offset, (node as Text).data.length);
  }
  const doc = node.ownerDocument ?? (node as Document);
  const point = doc.createRange();
  point.setStart(node, offset);
  const n = index.nodes.length;
  // First text node starting at or after the point: binary search on document order.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (side === 'end' && lo > 0) return index.starts[lo - 1]! + index.nodes[lo - 1]!.data.length;
  return lo < n ? index.starts[lo]! : index.text.length;
}

/** The flat-text span of a DOM range. */
export function flatSpan(index: TextIndex, range: AbstractRange): { start: number; end: number } {
  const start = flatOffset(index, range.startContainer, range.startOffset);
  return { start, end: Math.max(start, flatOffset(index, range.endContainer, range.endOffset, 'end')) };
}

/** The draft for the sentence around a mark, tagged with the mark's entry. */
export function sentenceDraft(root: Node, mark: Mark, location: string): ClippingDraft | null {
  // The sentence's bounds come from the flat text, whose block separators end sentences at blocks…
  const index = pageIndex(root);
  const span = flatSpan(index, mark.range);
  const sentence = sentenceAround(index.text, span.start, span.end);
  // …and its quote from the selectable text between those bounds.
  const text = selectionText(root);
  const doc = root.ownerDocument ?? (root as Document);
  const mention = { entryId: mark.mention.entryId, ...text.span(mark.range) };
  return buildDraft({
    text: text.text,
    ...text.span(index.rangeAt(sentence.start, sentence.end)),
    page: extractMetadata(doc, location),
    mentions: [mention],
  });
}

/** The draft for a selected range, tagged with the entries of the marks wholly inside it. */
export function selectionDraft(
  root: Node,
  range: Range,
  marks: readonly Mark[],
  location: string,
): ClippingDraft | null {
  const text = selectionText(root);
  const { start, end } = text.span(range);
  const inside = marks.filter((m) => range.intersectsNode(m.range.startContainer));
  const doc = root.ownerDocument ?? (root as Document);
  return buildDraft({
    text: text.text,
    start,
    end,
    page: extractMetadata(doc, location),
    mentions: inside.map((m) => ({ entryId: m.mention.entryId, ...text.span(m.range) })),
  });
}

/** Ranges for saved clippings found again in the page; those not found are left out, never guessed. */
export function anchorClippings(root: Node, clippings: readonly StoredClippingView[]): Range[] {
  return findClippings(root, clippings).ranges;
}

/** Saved clippings found again in the page, and the ids of those that were not. */
export function findClippings(
  root: Node,
  clippings: readonly StoredClippingView[],
): { ranges: Range[]; missing: string[] } {
  if (clippings.length === 0) return { ranges: [], missing: [] };
  const text = selectionText(root);
  const ranges: Range[] = [];
  const missing: string[] = [];
  for (const c of clippings) {
    const a = anchor(text.text, [
      { type: 'TextQuoteSelector', exact: c.quote, prefix: c.prefix, suffix: c.suffix },
      { type: 'TextPositionSelector', start: c.start, end: c.end },
    ]);
    if (a) ranges.push(text.rangeAt(a.start, a.end));
    else missing.push(c.id);
  }
  return { ranges, missing };
}
