import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeClipping, makeDraft, uniqueDbName } from '../clip/test-fixtures';
import {
  clippingFacets,
  clippingsForUrl,
  deleteClipping,
  listClippings,
  restoreClipping,
  saveClipping,
  updateClipping,
} from './clippings';
import { BriefLensDB } from './db';

let db: BriefLensDB;

beforeEach(async () => {
  db = new BriefLensDB(uniqueDbName('clippings'));
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('saveClipping', () => {
  it('stores a draft with id, times, selectors and normalised addresses', async () => {
    const result = await saveClipping(db, makeDraft({ tags: [' chips ', 'Chips', 'policy'] }));
    expect(result.ok).toBe(true);
    const stored = await db.clippings.get((result as { id: string }).id);
    expect(stored).toMatchObject({
      quote: 'Beijing will use its new national system to break chokepoints.',
      url: 'https://news.example.com/2024/03/chips.html',
      canonicalUrl: 'https://news.example.com/2024/03/chips.html',
      tags: ['chips', 'policy'],
      note: '',
      entryIds: ['new-national-system', 'chokepoints'],
    });
    expect(stored!.selectors[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: stored!.quote,
      prefix: 'Reporting from the annual session. ',
      suffix: ' Officials gave no timetable for t',
    });
    expect(stored!.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 120, end: 183 });
    expect(stored!.createdAt).toBe(stored!.updatedAt);
  });

  it.each([
    [{ quote: '   ' }, 'quote: is empty'],
    [{ url: 'javascript:alert(1)' }, 'url: is not an http(s) address'],
    [{ canonicalUrl: 'data:text/html,<script>' }, 'canonicalUrl: is not an http(s) address'],
    [{ quote: 'x'.repeat(20_001) }, 'quote: is longer than 20000 characters'],
    [{ start: 10, end: 5 }, 'ends before it starts'],
    [{ entryIds: [42 as unknown as string] }, 'entryIds.0'],
  ])('refuses an invalid draft %#', async (overrides, message) => {
    const result = await saveClipping(db, makeDraft(overrides));
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toContain(message);
    expect(await db.clippings.count()).toBe(0);
  });

  it('reports a full disk instead of losing the clipping silently', async () => {
    vi.spyOn(db.clippings, 'add').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await saveClipping(db, makeDraft());
    expect(result).toEqual({ ok: false, error: expect.stringContaining('storage quota exceeded') });
  });

  it('reports other database failures with their name', async () => {
    vi.spyOn(db.clippings, 'add').mockRejectedValue(
      Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
    );
    const result = await saveClipping(db, makeDraft());
    expect(result).toEqual({ ok: false, error: expect.stringContaining('DatabaseClosedError: closed') });
  });

  it('loses none of many concurrent saves', async () => {
    const drafts = Array.from({ length: 300 }, (_, i) =>
      makeDraft({ quote: `Quote ${i}`, start: i, end: i + 7 }),
    );
    const results = await Promise.all(drafts.map((d) => saveClipping(db, d)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r as { id: string }).id)).size).toBe(300);
    expect(await db.clippings.count()).toBe(300);
    const quotes = new Set((await db.clippings.toArray()).map((c) => c.quote));
    expect(quotes.size).toBe(300);
  });
});

describe('listClippings', () => {
  beforeEach(async () => {
    await db.clippings.bulkAdd(
      Array.from({ length: 30 }, (_, i) =>
        makeClipping(i, i === 7 ? { note: 'Compare with the ＭＬＰＳ report', tags: ['mlps', 'chips'] } : {}),
      ),
    );
  });

  it('lists newest first with offset and limit', async () => {
    const page = await listClippings(db, { offset: 2, limit: 3 });
    expect(page.map((c) => c.title)).toEqual(['Page 27', 'Page 26', 'Page 25']);
  });

  it('filters by site, tag and entry, combined', async () => {
    expect((await listClippings(db, { site: 'Site 1' })).map((c) => c.title).slice(0, 2)).toEqual([
      'Page 28',
      'Page 25',
    ]);
    expect((await listClippings(db, { tag: 'chips' })).map((c) => c.title)).toEqual(['Page 7']);
    const both = await listClippings(db, { site: 'Site 1', entryId: 'chokepoints' });
    expect(both.every((c) => c.site === 'Site 1' && c.entryIds.includes('chokepoints'))).toBe(true);
    expect(both).toHaveLength(5);
  });

  it('searches by every word, ignoring case and width', async () => {
    expect((await listClippings(db, { query: 'mlps REPORT' })).map((c) => c.title)).toEqual(['Page 7']);
    expect(await listClippings(db, { query: 'mlps absent-word' })).toEqual([]);
    expect(await listClippings(db, { query: '  ' })).toHaveLength(30);
  });

  it('gives the distinct sites, tags and entries', async () => {
    expect(await clippingFacets(db)).toEqual({
      sites: ['Site 0', 'Site 1', 'Site 2'],
      tags: ['chips', 'mlps'],
      entryIds: ['chokepoints', 'new-national-system'],
      total: 30,
    });
  });
});

describe('clippingsForUrl', () => {
  it('finds clippings by the tab address or the canonical one, normalised', async () => {
    const saved = await saveClipping(db, makeDraft());
    await saveClipping(
      db,
      makeDraft({ url: 'https://other.example/', canonicalUrl: 'https://other.example/' }),
    );
    const byTab = await clippingsForUrl(db, 'https://news.example.com/2024/03/chips.html?fbclid=z#x');
    expect(byTab).toEqual([
      {
        id: (saved as { id: string }).id,
        quote: 'Beijing will use its new national system to break chokepoints.',
        prefix: 'Reporting from the annual session. ',
        suffix: ' Officials gave no timetable for t',
        start: 120,
        end: 183,
      },
    ]);
    expect(
      await clippingsForUrl(
        db,
        'https://m.news.example.com/x',
        'https://news.example.com/2024/03/chips.html',
      ),
    ).toHaveLength(1);
    expect(await clippingsForUrl(db, 'about:blank')).toEqual([]);
  });
});

describe('edit, delete and undo', () => {
  it('updates the note and tags', async () => {
    await db.clippings.add(makeClipping(1));
    expect(
      await updateClipping(db, makeClipping(1).id, { note: 'see p. 4', tags: ['a', ' a ', 'b'] }),
    ).toEqual({ ok: true, id: makeClipping(1).id });
    const c = await db.clippings.get(makeClipping(1).id);
    expect(c).toMatchObject({ note: 'see p. 4', tags: ['a', 'b'] });
    expect(c!.updatedAt).toBeGreaterThan(c!.createdAt);
  });

  it('refuses edits that are too long or for a missing clipping', async () => {
    await db.clippings.add(makeClipping(1));
    expect((await updateClipping(db, makeClipping(1).id, { tags: ['x'.repeat(101)] })).ok).toBe(false);
    expect(await updateClipping(db, 'missing', { note: 'x' })).toEqual({
      ok: false,
      error: expect.stringContaining('no longer exists'),
    });
  });

  it('deletes and restores a clipping exactly', async () => {
    const original = makeClipping(3, { note: 'keep me', tags: ['t'] });
    await db.clippings.add(original);
    const removed = await deleteClipping(db, original.id);
    expect(removed).toEqual(original);
    expect(await db.clippings.count()).toBe(0);
    expect(await restoreClipping(db, removed!)).toEqual({ ok: true, id: original.id });
    expect(await db.clippings.get(original.id)).toEqual(original);
    expect(await deleteClipping(db, 'missing')).toBeUndefined();
  });
});
