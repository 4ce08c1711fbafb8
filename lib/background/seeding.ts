/**
 * Keeps what the background serves in step with the pack it carries: the pack in Dexie (for the side
 * panel and popup) and the compiled pattern table in extension storage (for content scripts). The two
 * are written independently: a database that fails (a full disk, a private window) must not leave
 * every page unmarked, and a storage write that fails must not stop the pack reaching the side panel.
 */
import type { BriefLensDB } from '../db/db';
import { compileTable, tableVersion } from '../match/table';
import type { Pack } from '../pack/types';
import { seedPack } from '../pack/seed';
import { isUsableTable, looksLikeTable } from '../page/table-check';
import { patternTableItem } from '../platform/stored-table';

let running: Promise<void> | undefined;

/** Seeds Dexie and writes the table where they differ from this pack's; one run at a time. */
export function ensureSeeded(db: BriefLensDB, pack: Pack): Promise<void> {
  running ??= (async () => {
    await Promise.all([
      seedPack(db, pack).catch((error: unknown) =>
        console.error('Brief Lens: could not seed the pack', error),
      ),
      writeTable(pack, false),
    ]);
    running = undefined;
  })();
  return running;
}

let repairing: Promise<void> | undefined;

/**
 * Compiles and stores the table again where the stored one is missing, of another version, or fails
 * the check content scripts make. A table that is fine is left alone, so asking costs one read.
 */
export function repairTable(pack: Pack): Promise<void> {
  repairing ??= writeTable(pack, true).finally(() => (repairing = undefined));
  return repairing;
}

async function writeTable(pack: Pack, check: boolean): Promise<void> {
  try {
    // Compared by version (the pack's and the table format's revision), so that a worker waking up
    // does not compile the pack again: that takes about 100 ms of the worker's first reply.
    const stored: unknown = await patternTableItem.getValue();
    const current = (stored as { version?: unknown } | null)?.version === tableVersion(pack);
    // Waking checks the shape only; a content script's request also builds the engine from it.
    if (current && (check ? isUsableTable(stored) : looksLikeTable(stored))) return;
    await patternTableItem.setValue(compileTable(pack));
  } catch (error) {
    console.error('Brief Lens: could not store the pattern table', error);
  }
}
