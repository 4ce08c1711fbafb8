import { describe, expect, test, vi } from 'vitest';
import { loadPack } from '../../data';
import { BriefLensDB } from '../db/db';
import { patternTableItem } from '../platform/stored-table';
import { ensureSeeded } from './seeding';

const pack = loadPack();

describe('seeding on install, update and wake', () => {
  test('puts the pack in Dexie and the compiled table in extension storage', async () => {
    const db = new BriefLensDB(`seed-${Math.random()}`);
    await ensureSeeded(db, pack);
    expect(await db.entries.count()).toBe(pack.entries.length);
    expect(await db.paragraphs.count()).toBe(pack.paragraphs.length);
    const table = await patternTableItem.getValue();
    expect(table?.version).toContain(pack.version);
    expect(table?.entries.length).toBeGreaterThanOrEqual(pack.entries.length);
    db.close();
  });

  test('a second wake with the same pack writes nothing', async () => {
    const db = new BriefLensDB(`seed-${Math.random()}`);
    await ensureSeeded(db, pack);
    const setValue = vi.spyOn(patternTableItem, 'setValue');
    await ensureSeeded(db, pack);
    expect(setValue).not.toHaveBeenCalled();
    setValue.mockRestore();
    db.close();
  });

  test('a table of an older revision is compiled again; a current one is not', async () => {
    const db = new BriefLensDB(`seed-${Math.random()}`);
    await ensureSeeded(db, pack);
    const current = await patternTableItem.getValue();
    await patternTableItem.setValue({ ...current!, version: `${pack.version}+table.0`, entries: [] });
    await ensureSeeded(db, pack);
    expect(await patternTableItem.getValue()).toEqual(current);
    // A table of the current version is trusted as it stands: a waking worker does not compile the pack.
    const marked = { ...current!, entries: current!.entries.slice(0, 1) };
    await patternTableItem.setValue(marked);
    await ensureSeeded(db, pack);
    expect(await patternTableItem.getValue()).toEqual(marked);
    db.close();
  });
});
