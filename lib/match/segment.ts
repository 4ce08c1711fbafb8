/**
 * The word-boundary check for short Chinese aliases, with the browser's own segmentation
 * (`Intl.Segmenter`, ICU's dictionary: built into Chromium, Firefox and Node, so no dependency). A short
 * alias is refused when the word before it reaches into it (国企 in 英国企业, 中共 in 集中共享, 内循环 in
 * 体内循环) or a word starting inside it reaches past its end. A longer word that merely starts with the
 * alias (中共 in 中共中央) is kept. Only rows flagged FLAG_SEGMENT pay for it: a few matches a page.
 */

const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff);

/** Characters read on each side of the match: enough for the dictionary to see the neighbouring words. */
const SIDE = 6;

type Segmenter = { segment(text: string): Iterable<{ index: number }> };

let segmenter: Segmenter | null | undefined;

function get(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter }).Segmenter;
    try {
      segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** True if the raw span [start, end) of `raw` sits on word boundaries as described above (true without a segmenter). */
export function onWordBoundaries(raw: string, start: number, end: number): boolean {
  // Most matches stand beside punctuation, a space or Latin text: nothing can run into them.
  if (!isHan(raw.charCodeAt(start - 1)) && !isHan(raw.charCodeAt(end))) return true;
  const seg = get();
  if (!seg) return true;
  let from = Math.max(0, start - SIDE);
  const cut = raw.lastIndexOf('\n', start - 1);
  if (cut >= from) from = cut + 1;
  let to = Math.min(raw.length, end + SIDE);
  const stop = raw.indexOf('\n', end);
  if (stop >= 0 && stop < to) to = stop;
  const s = start - from;
  const e = end - from;
  let startOk = s === 0;
  let prev = -1;
  for (const { index } of seg.segment(raw.slice(from, to))) {
    if (index === s) startOk = true;
    // A word that began inside the alias runs on past its end.
    if (prev > s && prev < e && index > e) return false;
    if (index > e) break;
    prev = index;
  }
  if (!startOk) return false;
  // The last word began inside the alias and ran to the window's end past the alias.
  return !(prev > s && prev < e && to - from > e);
}
