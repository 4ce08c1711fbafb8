/**
 * Keeps what the background serves in step with the pack it carries: the pack in Dexie (for the side
 * panel and popup) and the compiled pattern table in extension storage (for content scripts).
 */
import type { BriefLensDB } from '../db/db';
import { compileTable, tableVersion } from '../match/table';
import type { Pack } from '../pack/types';
import { seedPack } from '../pack/seed';
import { patternTableItem } from '../platform/stored-table';

let running: Promise<void> | undefined;

/** Seeds Dexie and writes the table where they differ from this pack's; one run at a time. */
export function ensureSeeded(db: BriefLensDB, pack: Pack): Promise<void> {
  running ??= (async () => {
    try {
      await seedPack(db, pack);
      // Compared by version (the pack's and the table format's revision), so that a worker waking up
      // does not compile the pack again: that takes about 100 ms of the worker's first reply.
      const stored = await patternTableItem.getValue();
      if (stored?.version !== tableVersion(pack)) await patternTableItem.setValue(compileTable(pack));
    } catch (error) {
      console.error('Brief Lens: could not seed the pack', error);
    } finally {
      running = undefined;
    }
  })();
  return running;
}
