import { describe, expect, test } from 'vitest';
import { loadPack } from '../../data';
import { BriefLensDB } from '../db/db';
import type { ClippingDraft } from '../messaging/protocol';
import { backgroundHandlers, detailsFor } from './handlers';

const pack = loadPack();

function draft(over: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    quote: 'unveiling the list and appointing the best',
    prefix: 'Ministries are relying on ',
    suffix: ', a competitive scheme',
    start: 26,
    end: 68,
    url: 'https://news.example.com/story?utm_source=x',
    canonicalUrl: 'https://news.example.com/story',
    title: 'Story',
    site: 'news.example.com',
    entryIds: [],
    ...over,
  };
}

describe('details for cards', () => {
  test('answers known ids once each, in the order asked, and leaves out unknown ones', () => {
    const ids = pack.entries.slice(0, 3).map((e) => e.id);
    const out = detailsFor(pack, [ids[2]!, 'no-such-entry', ids[0]!, ids[2]!]);
    expect(out.map((d) => d.entryId)).toEqual([ids[2], ids[0]]);
    expect(out[0]!.definition.length).toBeGreaterThan(0);
  });
});

describe('clippings through the background', () => {
  test('a saved clipping is found again for its page', async () => {
    const db = new BriefLensDB(`bg-${Math.random()}`);
    const h = backgroundHandlers({ db: () => db, pack: () => pack });
    const sender = { id: 'x', tab: { id: 1 } };
    const saved = await h.saveClipping!(draft(), sender);
    expect(saved.ok).toBe(true);
    const found = await h.clippingsForUrl!({ url: 'https://news.example.com/story' }, sender);
    expect(found.map((c) => c.quote)).toEqual(['unveiling the list and appointing the best']);
    const elsewhere = await h.clippingsForUrl!({ url: 'https://news.example.com/other' }, sender);
    expect(elsewhere).toEqual([]);
    db.close();
  });

  test('ping reports the pack version the background carries', async () => {
    const h = backgroundHandlers({ db: () => new BriefLensDB('unused'), pack: () => pack });
    expect(await h.ping!({}, { id: 'x' })).toEqual({ ok: true, packVersion: pack.version });
  });
});
