/**
 * Keeps what the background serves in step with the pack it carries: the pack in Dexie (for the side
 * panel and popup) and the compiled pattern table in extension storage (for content scripts).
 */
import type { BriefLensDB } from '../db/db';
import { compileTable } from '../match/table';
import type { Pack } from '../pack/types';
import { seedPack } from '../pack/seed';
import { patternTableItem } from '../platform/stored-table';

let running: Promise<void> | undefined;

/** Seeds Dexie and writes the table where they differ from this pack's; one run at a time. */
export function ensureSeeded(db: BriefLensDB, pack: Pack): Promise<void> {
  running ??= (async () => {
    try {
      await seedPack(db, pack);
      // Compared whole, not by pack version: a new engine may compile the same pack differently.
      const fresh = compileTable(pack);
      const stored = await patternTableItem.getValue();
      if (JSON.stringify(stored) !== JSON.stringify(fresh)) await patternTableItem.setValue(fresh);
    } catch (error) {
      console.error('Brief Lens: could not seed the pack', error);
    } finally {
      running = undefined;
    }
  })();
  return running;
}
