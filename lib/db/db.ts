/**
 * The extension's IndexedDB, through Dexie. It lives in the extension origin: the background and the
 * extension pages open it; the content script never does (its `indexedDB` is the page's).
 *
 * Every schema change is a new `version(n)` with an upgrade, and a migration test in `db.test.ts`
 * that opens version n−1, seeds it, and checks every record after the upgrade.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Endnote, Entry, PackDocument, Paragraph, Section } from '../pack/types';
import type { Clipping } from './clipping';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'brief-lens';

/** The schema of each version, kept whole so migration tests can open any earlier one. */
export const SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    meta: 'key',
    entries: 'id, kind',
    documents: 'id',
    sections: 'id',
    paragraphs: 'id, sectionId',
    endnotes: 'n',
    clippings: 'id, createdAt, site, canonicalUrl, *tags, *entryIds',
  },
  // Clippings from PDFs are looked up by the document's fingerprint; older records have none.
  2: {
    meta: 'key',
    entries: 'id, kind',
    documents: 'id',
    sections: 'id',
    paragraphs: 'id, sectionId',
    endnotes: 'n',
    clippings: 'id, createdAt, site, canonicalUrl, *tags, *entryIds, pdf.fingerprint',
  },
};

export const CURRENT_VERSION = 2;

export class BriefLensDB extends Dexie {
  meta!: EntityTable<MetaRecord, 'key'>;
  entries!: EntityTable<Entry, 'id'>;
  documents!: EntityTable<PackDocument, 'id'>;
  sections!: EntityTable<Section, 'id'>;
  paragraphs!: EntityTable<Paragraph, 'id'>;
  endnotes!: EntityTable<Endnote, 'n'>;
  clippings!: EntityTable<Clipping, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMAS[1]!);
    // Only an index is added: no record changes, so no upgrade function is needed.
    this.version(2).stores(SCHEMAS[2]!);
  }
}

let instance: BriefLensDB | undefined;

/** The one database of this extension context. */
export function getDb(): BriefLensDB {
  instance ??= new BriefLensDB();
  return instance;
}

/** The tables that hold pack content, replaced whole when the pack is updated. */
export const PACK_TABLES = ['entries', 'documents', 'sections', 'paragraphs', 'endnotes'] as const;
