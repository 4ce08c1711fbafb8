import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index';
import { BriefLensDB } from '../db/db';
import type { Clipping } from '../db/clipping';
import { readPack } from '../db/pack-queries';
import { PackRefusedError, seedPack, storedPackVersion } from './seed';
import type { Pack } from './types';

const clipping: Clipping = {
  id: '5d1c3a52-1f2e-4c8e-9b0a-2f4f0f6d9a11',
  quote: 'Beijing will use its new national system to break chokepoints.',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'new national system', prefix: 'use its ', suffix: ' to break' },
    { type: 'TextPositionSelector', start: 21, end: 40 },
  ],
  url: 'https://example.org/story',
  canonicalUrl: 'https://example.org/story',
  title: 'A wire story',
  site: 'example.org',
  createdAt: 1,
  updatedAt: 1,
  entryIds: ['new-whole-of-nation-system'],
  note: '',
  tags: ['nswn'],
};

let db: BriefLensDB;
let n = 0;

beforeEach(async () => {
  db = new BriefLensDB(`seed-test-${n++}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const nextVersion = (pack: Pack): Pack => {
  const next = structuredClone(pack);
  next.version = '99.0.0';
  next.entries = next.entries
    .filter((e) => e.id !== 'c919')
    .map((e) => ({ ...e, related: e.related.filter((r) => r !== 'c919') }));
  next.documents = next.documents.map((d) => ({ ...d, related: d.related.filter((r) => r !== 'c919') }));
  next.entries[0]!.definition = 'Changed in the new version.';
  return next;
};

describe('seedPack', () => {
  it('seeds an empty database and reads back the same pack', async () => {
    const pack = loadPack();
    expect(await seedPack(db, pack)).toEqual({ seeded: true, version: pack.version });
    expect(await storedPackVersion(db)).toBe(pack.version);
    expect(await db.entries.count()).toBe(pack.entries.length);
    const back = (await readPack(db))!;
    // Dexie returns entries and documents in key order; the brief's own order is kept for the rest.
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect({ ...back, entries: byId(back.entries), documents: byId(back.documents) }).toEqual({
      ...pack,
      entries: byId(pack.entries),
      documents: byId(pack.documents),
    });
  });

  it('is idempotent: the same version writes nothing', async () => {
    const pack = loadPack();
    await seedPack(db, pack);
    await db.entries.update(pack.entries[0]!.id, { definition: 'marker' });
    expect(await seedPack(db, pack)).toEqual({ seeded: false, version: pack.version });
    expect((await db.entries.get(pack.entries[0]!.id))!.definition).toBe('marker');
  });

  it('replaces the pack tables on update and keeps clippings and other meta records', async () => {
    const pack = loadPack();
    await seedPack(db, pack);
    await db.clippings.put(clipping);
    await db.meta.put({ key: 'user-note', value: 'keep me' });
    const next = nextVersion(pack);
    expect(await seedPack(db, next)).toEqual({ seeded: true, version: '99.0.0' });
    expect(await db.entries.get('c919')).toBeUndefined();
    expect(await db.entries.count()).toBe(next.entries.length);
    expect((await db.entries.get(next.entries[0]!.id))!.definition).toBe('Changed in the new version.');
    expect(await db.clippings.get(clipping.id)).toEqual(clipping);
    expect((await db.meta.get('user-note'))!.value).toBe('keep me');
  });

  it('refuses an invalid pack and leaves the stored one untouched', async () => {
    const pack = loadPack();
    await seedPack(db, pack);
    const bad = nextVersion(pack);
    bad.entries[3]!.paragraphs.push('missing-p1');
    await expect(seedPack(db, bad)).rejects.toBeInstanceOf(PackRefusedError);
    await expect(seedPack(db, bad)).rejects.toThrow(/entries\[3\]\.paragraphs/);
    expect(await storedPackVersion(db)).toBe(pack.version);
    expect(await db.entries.get('c919')).toBeDefined();
  });
});
