import { describe, expect, test, vi } from 'vitest';
import { loadPack } from '../../data';
import { BriefLensDB } from '../db/db';
import { patternTableItem } from '../platform/stored-table';
import { ensureSeeded, repairTable } from './seeding';

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

  test('a failing database does not stop the table being written, nor a failing table the database', async () => {
    const broken = new BriefLensDB(`seed-${Math.random()}`);
    vi.spyOn(broken, 'transaction').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await patternTableItem.setValue(null);
    await ensureSeeded(broken, pack);
    expect((await patternTableItem.getValue())?.version).toContain(pack.version);
    broken.close();

    const db = new BriefLensDB(`seed-${Math.random()}`);
    await patternTableItem.setValue(null);
    const setValue = vi.spyOn(patternTableItem, 'setValue').mockRejectedValue(new Error('disk full'));
    await ensureSeeded(db, pack);
    expect(await db.entries.count()).toBe(pack.entries.length);
    setValue.mockRestore();
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
    db.close();
  });

  test('a damaged table of the current version is rebuilt on request; a sound one is left alone', async () => {
    const db = new BriefLensDB(`seed-${Math.random()}`);
    await ensureSeeded(db, pack);
    const sound = await patternTableItem.getValue();
    const setValue = vi.spyOn(patternTableItem, 'setValue');
    await repairTable(pack);
    expect(setValue).not.toHaveBeenCalled();
    setValue.mockRestore();
    for (const damaged of [
      { ...sound!, patterns: null },
      { ...sound!, entries: [{ id: 1 }] },
      { ...sound!, patterns: { ...(sound!.patterns as object), rows: 'garbage' } },
      'not a table',
    ]) {
      await patternTableItem.setValue(damaged as never);
      await repairTable(pack);
      expect(await patternTableItem.getValue()).toEqual(sound);
    }
    db.close();
  });
});
