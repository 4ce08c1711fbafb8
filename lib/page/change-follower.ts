/**
 * Follows DOM changes under a root: one MutationObserver, records gathered and flushed after the page
 * has been quiet for a moment or, on a page that never stops changing, at most every `maxWaitMs`.
 * So a feed that appends a paragraph every 100 ms costs a handful of small rescans, not fifty.
 */
import { coalesce, type ChangeBatch, type ChangeRecord } from './mutation-batch';

export interface FollowOptions {
  /** Flush once nothing has changed for this long. */
  quietMs?: number;
  /** Flush at the latest this long after the first unflushed change. */
  maxWaitMs?: number;
  /** More changed subtrees than this make one full rescan. */
  limit?: number;
  /** For tests: the observer constructor. */
  Observer?: typeof MutationObserver;
}

/** Past this many unflushed records the batch is a full rescan whatever they hold. */
const MAX_PENDING = 2000;

/** Starts following changes under `root`; returns the function that stops. */
export function followChanges(
  root: Node,
  onBatch: (batch: ChangeBatch) => void,
  { quietMs = 200, maxWaitMs = 600, limit = 50, Observer = MutationObserver }: FollowOptions = {},
): () => void {
  let pending: ChangeRecord[] = [];
  let overflow = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    const records = pending;
    pending = [];
    const batch = overflow ? { roots: [root], full: true, removed: true } : coalesce(records, root, limit);
    overflow = false;
    if (batch.roots.length > 0 || batch.removed) onBatch(batch);
  };

  const observer = new Observer((records) => {
    if (overflow || pending.length + records.length > MAX_PENDING) {
      overflow = true;
      pending = [];
    } else {
      pending.push(...records);
    }
    clearTimeout(quiet);
    quiet = setTimeout(flush, quietMs);
    deadline ??= setTimeout(flush, maxWaitMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(deadline);
    pending = [];
  };
}
