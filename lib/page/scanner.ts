/**
 * Turning the engine's scans into marks: ranges for the mentions it found, full scans that can be
 * abandoned, and rescans of the blocks that changed. Matching, time slicing and the
 * `brief-lens:scan` measure are lib/match's (`createEngine`), shared with the scan command.
 */
import { sliceClock, type Engine, type SliceClock } from '../match/engine';
import type { Mention } from '../match/types';
import type { TextIndex } from '../text/text-index';
import type { Mark } from './mark-index';

const skipOurs = (el: Element) => el.hasAttribute('data-brief-lens');

/** Marks for mentions: one range each; mentions whose range is empty are left out. */
export function toMarks(index: TextIndex, mentions: readonly Mention[]): Mark[] {
  const marks: Mark[] = [];
  for (const mention of mentions) {
    const range = index.rangeAt(mention.start, mention.end);
    if (!range.collapsed) marks.push({ mention, range });
  }
  return marks;
}

/**
 * The same in slices of `clock`, appending to `out`: a live Range costs a few DOM calls, and a generated
 * page of 2 MB holds tens of thousands of mentions.
 */
export async function toMarksSliced(
  index: TextIndex,
  mentions: readonly Mention[],
  clock: SliceClock,
  out: Mark[] = [],
): Promise<Mark[]> {
  for (let i = 0; i < mentions.length; i++) {
    if ((i & 63) === 0) await clock.pause();
    const mention = mentions[i]!;
    const range = index.rangeAt(mention.start, mention.end);
    if (!range.collapsed) out.push({ mention, range });
  }
  return out;
}

/** Scans a whole root in time slices, ranges included; null if aborted or failed. */
export async function scanFull(engine: Engine, root: Node, signal: AbortSignal): Promise<Mark[] | null> {
  try {
    const { index, mentions } = await engine.scanRootAsync(root, { signal, skip: skipOurs, sliceMs: 8 });
    if (signal.aborted) return null;
    return await toMarksSliced(index, mentions, sliceClock(8, signal));
  } catch {
    return null;
  }
}

/** Rescans changed blocks (each small) synchronously. */
export function scanBlocks(engine: Engine, roots: readonly Node[]): Mark[] {
  return engine
    .rescanBlocks(elements(roots), { skip: skipOurs })
    .flatMap((b) => toMarks(b.index, b.mentions));
}

/** Rescans changed blocks in time slices (a block may be large, or there may be many); throws if aborted. */
export async function scanBlocksSliced(
  engine: Engine,
  roots: readonly Node[],
  signal: AbortSignal,
): Promise<Mark[]> {
  const scans = await engine.rescanBlocksAsync(elements(roots), { signal, skip: skipOurs, sliceMs: 8 });
  const clock = sliceClock(8, signal);
  const out: Mark[] = [];
  for (const b of scans) await toMarksSliced(b.index, b.mentions, clock, out);
  return out;
}

const elements = (roots: readonly Node[]): Element[] => roots.filter((n): n is Element => n.nodeType === 1);
