/**
 * The pack as Dexie holds it, read back whole for the extension pages. Tables keep records by primary
 * key, which loses the brief's order, so the seed also stores a `pack` meta record with the version,
 * the brief's metadata and the order of sections; `writePack` and `readPack` are the two halves of
 * that contract.
 */
import type { BriefMeta, Pack } from '../pack/types';
import type { BriefLensDB } from './db';

/** The meta record that carries what the tables cannot: version, brief metadata, section order. */
export interface PackMeta {
  version: string;
  brief: BriefMeta;
  sectionOrder: string[];
  /** The pack's cue lists and synonym sets (what generates alias forms), kept with the meta record. */
  cues?: Pack['cues'];
  synonyms?: Pack['synonyms'];
}

export const PACK_META_KEY = 'pack';

/** Replaces the pack tables and the pack meta record in one transaction. */
export async function writePack(db: BriefLensDB, pack: Pack): Promise<void> {
  const meta: PackMeta = {
    version: pack.version,
    brief: pack.brief,
    sectionOrder: pack.sections.map((s) => s.id),
    ...(pack.cues ? { cues: pack.cues } : {}),
    ...(pack.synonyms ? { synonyms: pack.synonyms } : {}),
  };
  await db.transaction(
    'rw',
    [db.meta, db.entries, db.documents, db.sections, db.paragraphs, db.endnotes],
    async () => {
      await Promise.all([
        db.entries.clear(),
        db.documents.clear(),
        db.sections.clear(),
        db.paragraphs.clear(),
        db.endnotes.clear(),
      ]);
      await Promise.all([
        db.entries.bulkPut(pack.entries),
        db.documents.bulkPut(pack.documents),
        db.sections.bulkPut(pack.sections),
        db.paragraphs.bulkPut(pack.paragraphs),
        db.endnotes.bulkPut(pack.endnotes),
        db.meta.put({ key: PACK_META_KEY, value: meta }),
      ]);
    },
  );
}

function orderBy<T>(items: T[], key: (t: T) => string, order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(key(a)) ?? Infinity) - (rank.get(key(b)) ?? Infinity));
}

/** Reads the whole pack from Dexie in the brief's order; null before the background has seeded it. */
export async function readPack(db: BriefLensDB): Promise<Pack | null> {
  return db.transaction(
    'r',
    [db.meta, db.entries, db.documents, db.sections, db.paragraphs, db.endnotes],
    async () => {
      const [metaRecord, entries, documents, sections, paragraphs, endnotes] = await Promise.all([
        db.meta.get(PACK_META_KEY),
        db.entries.toArray(),
        db.documents.toArray(),
        db.sections.toArray(),
        db.paragraphs.toArray(),
        db.endnotes.orderBy('n').toArray(),
      ]);
      const meta = metaRecord?.value as PackMeta | undefined;
      if (!meta || entries.length + sections.length === 0) return null;
      const orderedSections = orderBy(sections, (s) => s.id, meta.sectionOrder);
      const paragraphOrder = orderedSections.flatMap((s) => s.paragraphIds);
      return {
        version: meta.version,
        brief: meta.brief,
        sections: orderedSections,
        paragraphs: orderBy(paragraphs, (p) => p.id, paragraphOrder),
        endnotes,
        entries,
        documents,
        ...(meta.cues ? { cues: meta.cues } : {}),
        ...(meta.synonyms ? { synonyms: meta.synonyms } : {}),
      };
    },
  );
}
