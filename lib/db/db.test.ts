/**
 * Schema and migration tests. Each schema version after the first needs an entry in
 * `MIGRATIONS`: seed records in the previous version's shape, then check every record after the
 * upgrade. The convention test below fails when a version is added without one.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clipping } from './clipping';
import { BriefLensDB, CURRENT_VERSION, SCHEMAS } from './db';
import { makeClipping, uniqueDbName } from '../clip/test-fixtures';

interface MigrationCase {
  /** Records to write, per table, in the shape version `to - 1` stored them. */
  seed: Record<string, unknown[]>;
  /** Checks the upgraded database; must look at every seeded record. */
  check: (db: BriefLensDB, seed: Record<string, unknown[]>) => Promise<void>;
}

/** One case per version after the first, keyed by the version upgraded to. */
const MIGRATIONS: Record<number, MigrationCase> = {
  2: {
    seed: { clippings: Array.from({ length: 20 }, (_, i) => makeClipping(i, { tags: [`t${i % 3}`] })) },
    check: async (db, seed) => {
      const before = seed.clippings as Clipping[];
      for (const c of before) expect(await db.clippings.get(c.id)).toEqual(c);
      expect(await db.clippings.count()).toBe(before.length);
      // The new index holds none of the old records, and takes new ones from PDFs.
      expect(await db.clippings.where('pdf.fingerprint').equals('abc').count()).toBe(0);
      await db.clippings.add(makeClipping(99, { pdf: { fingerprint: 'abc', page: 3 } }));
      const found = await db.clippings.where('pdf.fingerprint').equals('abc').toArray();
      expect(found.map((c) => c.pdf)).toEqual([{ fingerprint: 'abc', page: 3 }]);
      expect(await db.clippings.where('tags').equals('t1').count()).toBe(
        before.filter((c) => c.tags.includes('t1')).length,
      );
    },
  },
};

const opened: Dexie[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Opens `name` at schema version `version` exactly as that version declared it. */
async function openAt(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMAS[v]!);
  await db.open();
  opened.push(db);
  return db;
}

/** Opens version `from`, seeds it, closes it, and reopens the same database at the current version. */
async function upgradeFrom(from: number, seed: Record<string, unknown[]>): Promise<BriefLensDB> {
  const name = uniqueDbName(`migrate-v${from}`);
  const old = await openAt(name, from);
  await old.transaction('rw', Object.keys(seed), async () => {
    for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new BriefLensDB(name);
  await db.open();
  opened.push(db);
  return db;
}

describe('schema', () => {
  it('opens at the current version with every table of its schema', async () => {
    const db = new BriefLensDB(uniqueDbName('schema'));
    await db.open();
    opened.push(db);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMAS[CURRENT_VERSION]!).sort());
  });

  it('keeps every clipping, and finds it by each index, when reopened over data written at version 1', async () => {
    const clippings: Clipping[] = Array.from({ length: 50 }, (_, i) =>
      makeClipping(i, { tags: [`t${i % 4}`] }),
    );
    const db = await upgradeFrom(1, { clippings });
    for (const c of clippings) expect(await db.clippings.get(c.id)).toEqual(c);
    expect(await db.clippings.where('tags').equals('t1').count()).toBe(
      clippings.filter((c) => c.tags.includes('t1')).length,
    );
    expect(await db.clippings.where('entryIds').equals('chokepoints').count()).toBe(25);
    expect(await db.clippings.where('site').equals('Site 0').count()).toBe(17);
  });

  it('has a migration case for every version after the first', () => {
    const versions = Object.keys(SCHEMAS)
      .map(Number)
      .sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    for (const v of versions.slice(1)) expect(MIGRATIONS[v], `migration test for version ${v}`).toBeDefined();
  });

  for (const [to, migration] of Object.entries(MIGRATIONS)) {
    it(`upgrades version ${Number(to) - 1} to ${to} keeping every record`, async () => {
      const db = await upgradeFrom(Number(to) - 1, migration.seed);
      await migration.check(db, migration.seed);
    });
  }
});
