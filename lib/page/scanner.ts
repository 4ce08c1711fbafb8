/**
 * Turning the engine's scans into marks: ranges for the mentions it found, full scans that can be
 * abandoned, and rescans of the blocks that changed. Matching, time slicing and the
 * `brief-lens:scan` measure are lib/match's (`createEngine`), shared with the scan command.
 */
import type { Engine } from '../match/engine';
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

/** Scans a whole root in time slices; null if aborted or failed. */
export async function scanFull(engine: Engine, root: Node, signal: AbortSignal): Promise<Mark[] | null> {
  try {
    const { index, mentions } = await engine.scanRootAsync(root, { signal, skip: skipOurs, sliceMs: 8 });
    return signal.aborted ? null : toMarks(index, mentions);
  } catch {
    return null;
  }
}

/** Rescans changed blocks (each small) synchronously. */
export function scanBlocks(engine: Engine, roots: readonly Node[]): Mark[] {
  const blocks = roots.filter((n): n is Element => n.nodeType === 1);
  return engine.rescanBlocks(blocks, { skip: skipOurs }).flatMap((b) => toMarks(b.index, b.mentions));
}
