/**
 * Loads the pack into Dexie: on install and on every update the background calls `seedPack`. It is
 * idempotent (the stored version is compared inside the same transaction as the write) and it only
 * ever touches the pack tables and the pack meta record, never clippings or settings.
 */
import { PACK_META_KEY, writePack, type PackMeta } from '../db/pack-queries';
import { PACK_TABLES, type BriefLensDB } from '../db/db';
import type { Pack } from './types';
import { validatePack } from './validate';

/** Thrown when the pack to seed fails validation; nothing stored has been touched. */
export class PackRefusedError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`pack refused at ${path}: ${detail}`);
    this.name = 'PackRefusedError';
  }
}

/** The version of the pack stored in Dexie, or null before the first seed. */
export async function storedPackVersion(db: BriefLensDB): Promise<string | null> {
  const record = await db.meta.get(PACK_META_KEY);
  return (record?.value as PackMeta | undefined)?.version ?? null;
}

/**
 * Validates the pack, then in one transaction replaces the stored pack unless the same version is
 * already there. Throws `PackRefusedError` (and writes nothing) when the pack is invalid.
 */
export async function seedPack(db: BriefLensDB, pack: Pack): Promise<{ seeded: boolean; version: string }> {
  const checked = validatePack(pack);
  if (!checked.ok) throw new PackRefusedError(checked.path, checked.message);
  const tables = [db.meta, ...PACK_TABLES.map((name) => db[name])];
  const seeded = await db.transaction('rw', tables, async () => {
    if ((await storedPackVersion(db)) === checked.pack.version) return false;
    // writePack opens a transaction over the same tables, so Dexie runs it inside this one.
    await writePack(db, checked.pack);
    return true;
  });
  return { seeded, version: checked.pack.version };
}
