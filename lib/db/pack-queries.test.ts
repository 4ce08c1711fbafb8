import { afterEach, describe, expect, test } from 'vitest';
import { BriefLensDB } from './db';
import { readPack, writePack } from './pack-queries';
import type { Pack } from '../pack/types';

const pack: Pack = {
  version: '9.9.9',
  brief: { title: 'T', author: 'A', publishers: ['P'], date: '2024-02-29', urls: [], citation: 'C' },
  sections: [
    { id: 'zeta', title: 'First section', paragraphIds: ['z2', 'z1'] },
    { id: 'alpha', title: 'Second section', paragraphIds: ['a1'] },
  ],
  paragraphs: [
    { id: 'a1', sectionId: 'alpha', kind: 'p', text: 'third', endnotes: [] },
    { id: 'z1', sectionId: 'zeta', kind: 'p', text: 'second', endnotes: [2] },
    { id: 'z2', sectionId: 'zeta', kind: 'heading', text: 'first', endnotes: [] },
  ],
  endnotes: [
    { n: 2, text: 'two', links: [] },
    { n: 1, text: 'one', links: [{ title: 'x', url: 'https://example.org/' }] },
  ],
  entries: [
    {
      id: 'e1',
      kind: 'concept',
      label: 'E',
      aliases: [],
      definition: 'd',
      paragraphs: ['z1'],
      endnotes: [2],
      related: [],
    },
  ],
  documents: [],
};

let db: BriefLensDB | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('readPack', () => {
  test('is null before the pack is seeded', async () => {
    db = new BriefLensDB(`pq-${Math.random()}`);
    expect(await readPack(db)).toBeNull();
  });

  test('gives back what writePack stored, in the brief order', async () => {
    db = new BriefLensDB(`pq-${Math.random()}`);
    await writePack(db, pack);
    const back = await readPack(db);
    expect(back?.version).toBe('9.9.9');
    expect(back?.sections.map((s) => s.id)).toEqual(['zeta', 'alpha']);
    expect(back?.paragraphs.map((p) => p.text)).toEqual(['first', 'second', 'third']);
    expect(back?.endnotes.map((e) => e.n)).toEqual([1, 2]);
    expect(back?.entries).toEqual(pack.entries);
  });

  test('a second write replaces the first whole', async () => {
    db = new BriefLensDB(`pq-${Math.random()}`);
    await writePack(db, pack);
    await writePack(db, { ...pack, version: '10.0.0', entries: [] });
    const back = await readPack(db);
    expect(back?.version).toBe('10.0.0');
    expect(back?.entries).toEqual([]);
  });
});
