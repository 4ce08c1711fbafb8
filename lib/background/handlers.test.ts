import { describe, expect, test } from 'vitest';
import { loadPack } from '../../data';
import { BriefLensDB } from '../db/db';
import type { ClippingDraft } from '../messaging/protocol';
import { isValidPayload } from '../messaging/schemas';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from '../settings/settings-core';
import { backgroundHandlers, detailsFor, type BackgroundDeps } from './handlers';

const pack = loadPack();
const ORIGIN = 'chrome-extension://abc/';

/** Handlers over a fresh database and settings held in memory. */
function setup(over: Partial<BackgroundDeps> = {}) {
  const db = new BriefLensDB(`bg-${Math.random()}`);
  let settings: Settings = DEFAULT_SETTINGS;
  const h = backgroundHandlers({
    db: () => db,
    pack: () => pack,
    extensionOrigin: ORIGIN,
    updateSettings: async (change) => (settings = withDefaults({ ...settings, ...change(settings) })),
    repairTable: async () => {},
    ...over,
  });
  return { h, db, settings: () => settings };
}

/** A content script's sender in a tab's top frame at `url`. */
const pageSender = (url: string) => ({ id: 'x', url, tab: { id: 1, url }, frameId: 0 });

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
    const { h, db } = setup();
    const sender = pageSender('https://news.example.com/story?utm_source=x');
    const saved = await h.saveClipping!(draft(), sender);
    expect(saved.ok).toBe(true);
    const found = await h.clippingsForUrl!({ url: 'https://news.example.com/story' }, sender);
    expect(found.map((c) => c.quote)).toEqual(['unveiling the list and appointing the best']);
    const elsewhere = await h.clippingsForUrl!(
      { url: 'https://news.example.com/story' },
      pageSender('https://news.example.com/other'),
    );
    expect(elsewhere).toEqual([]);
    db.close();
  });

  test('clippings are looked up by the address the browser reports, not the one the page claims', async () => {
    const { h, db } = setup();
    await h.saveClipping!(draft(), pageSender('https://news.example.com/story'));
    const evil = pageSender('https://evil.example.net/page');
    // The page says it is the clipped page, by its own address and by a declared canonical one.
    const asked = { url: 'https://news.example.com/story', canonicalUrl: 'https://news.example.com/story' };
    expect(await h.clippingsForUrl!(asked, evil)).toEqual([]);
    // A canonical address on the page's own site counts (an AMP or print view of the same story).
    const sameSite = pageSender('https://www.news.example.com/story/print');
    expect((await h.clippingsForUrl!(asked, sameSite)).length).toBe(1);
    // A frame is looked up by its own address, not the tab's.
    const frame = { ...evil, url: 'https://ads.example.org/frame', frameId: 3 };
    expect(await h.clippingsForUrl!(asked, frame)).toEqual([]);
    // Without an http(s) address for the sender there is nothing to look up.
    expect(await h.clippingsForUrl!(asked, { id: 'x' })).toEqual([]);
    db.close();
  });

  test("a save is refused unless its page is the sender's, and a foreign canonical is replaced", async () => {
    const { h, db } = setup();
    const refused = await h.saveClipping!(draft(), pageSender('https://evil.example.net/page'));
    expect(refused.ok).toBe(false);
    expect(await db.clippings.count()).toBe(0);
    const planted = draft({
      url: 'https://evil.example.net/page',
      canonicalUrl: 'https://news.example.com/story',
    });
    const saved = await h.saveClipping!(planted, pageSender('https://evil.example.net/page#x'));
    expect(saved.ok).toBe(true);
    const [stored] = await db.clippings.toArray();
    expect(stored!.canonicalUrl).toBe('https://evil.example.net/page');
    expect(stored!.url).toBe('https://evil.example.net/page');
    db.close();
  });

  test('ping reports the pack version the background carries', async () => {
    const { h } = setup();
    expect(await h.ping!({}, { id: 'x' })).toEqual({ ok: true, packVersion: pack.version });
  });
});

describe('clippings from PDFs in the reader', () => {
  const FP = '3f2a9c1b7d4e8f60a1b2c3d4e5f60718';
  const pdfUrl = 'http://127.0.0.1:8080/pdf/en.pdf';
  /** Our reader's sender with `file` open (or a local file when undefined). */
  const reader = (file?: string) => {
    const url = `${ORIGIN}pdf.html${file ? `?file=${encodeURIComponent(file)}` : ''}`;
    return { id: 'x', url, tab: { id: 2, url }, frameId: 0 };
  };
  const pdfDraft = (over: Partial<ClippingDraft> = {}) =>
    draft({ url: pdfUrl, canonicalUrl: pdfUrl, pdf: { fingerprint: FP, page: 2 }, ...over });

  test('the reader saves under the PDF’s address with its place, found again from any address', async () => {
    const { h, db } = setup();
    expect(await h.saveClipping!(pdfDraft(), reader(pdfUrl))).toMatchObject({ ok: true });
    const [stored] = await db.clippings.toArray();
    expect(stored!.url).toBe(pdfUrl);
    expect(stored!.pdf).toEqual({ fingerprint: FP, page: 2 });
    const elsewhere = await h.clippingsForPdf!(
      { fingerprint: FP.toUpperCase() },
      reader('https://x.example/a.pdf'),
    );
    expect(elsewhere).toEqual([
      expect.objectContaining({ quote: stored!.quote, page: 2, start: 26, end: 68 }),
    ]);
    // Opened from this computer, the reader has no address but still finds it by fingerprint.
    expect((await h.clippingsForPdf!({ fingerprint: FP }, reader())).length).toBe(1);
    expect(await h.clippingsForPdf!({ fingerprint: 'ffff' }, reader(pdfUrl))).toEqual([]);
    // And by address too, as any page's clippings.
    expect((await h.clippingsForUrl!({ url: pdfUrl }, reader(pdfUrl))).length).toBe(1);
    db.close();
  });

  test('only the reader learns clippings by fingerprint or places one in a PDF', async () => {
    const { h, db } = setup();
    await h.saveClipping!(pdfDraft(), reader(pdfUrl));
    // A web page (even the PDF's own address) and our other pages get nothing by fingerprint.
    expect(await h.clippingsForPdf!({ fingerprint: FP }, pageSender(pdfUrl))).toEqual([]);
    expect(await h.clippingsForPdf!({ fingerprint: FP }, { id: 'x', url: `${ORIGIN}popup.html` })).toEqual(
      [],
    );
    const fake = `https://evil.example.net/pdf.html?file=${encodeURIComponent(pdfUrl)}`;
    expect(await h.clippingsForPdf!({ fingerprint: FP }, pageSender(fake))).toEqual([]);
    // A web page's draft naming a PDF place is saved as a plain web clipping.
    const page = 'https://news.example.com/story';
    await h.saveClipping!(pdfDraft({ url: page, canonicalUrl: page }), pageSender(page));
    expect((await db.clippings.where('pdf.fingerprint').equals(FP).toArray()).length).toBe(1);
    // The reader may not save under an address other than the PDF it shows.
    const other = await h.saveClipping!(pdfDraft({ url: page, canonicalUrl: page }), reader(pdfUrl));
    expect(other.ok).toBe(false);
    db.close();
  });

  test('fingerprints and pages are validated', () => {
    expect(isValidPayload('clippingsForPdf', { fingerprint: FP })).toBe(true);
    expect(isValidPayload('clippingsForPdf', { fingerprint: '' })).toBe(false);
    expect(isValidPayload('clippingsForPdf', { fingerprint: "x' or 1" })).toBe(false);
    expect(isValidPayload('clippingsForPdf', { fingerprint: FP, url: pdfUrl })).toBe(false);
    expect(isValidPayload('saveClipping', pdfDraft())).toBe(true);
    expect(isValidPayload('saveClipping', pdfDraft({ pdf: { fingerprint: FP, page: 0 } }))).toBe(false);
  });
});

describe('settings changes through the background', () => {
  const entry = pack.entries[0]!.id;

  test('a content script may mute a known entry, and nothing else', async () => {
    const { h, settings } = setup();
    const page = pageSender('https://news.example.com/story');
    expect(await h.changeSettings!({ kind: 'mute', entryId: entry }, page)).toEqual({ ok: true });
    expect(settings().muted).toEqual([entry]);
    expect(await h.changeSettings!({ kind: 'mute', entryId: entry }, page)).toEqual({ ok: true });
    expect(settings().muted).toEqual([entry]);
    expect(await h.changeSettings!({ kind: 'mute', entryId: 'no-such-entry' }, page)).toEqual({ ok: false });
    expect(await h.changeSettings!({ kind: 'unmute', entryId: entry }, page)).toEqual({ ok: false });
    const off = { kind: 'site', url: 'https://news.example.com/', on: false } as const;
    expect(await h.changeSettings!(off, page)).toEqual({ ok: false });
    expect(await h.changeSettings!({ kind: 'set', values: { enabled: false } }, page)).toEqual({ ok: false });
    expect(settings()).toEqual({ ...DEFAULT_SETTINGS, muted: [entry] });
  });

  test('our own pages may make any valid change', async () => {
    const { h, settings } = setup();
    const options = { id: 'x', url: `${ORIGIN}options.html` };
    await h.changeSettings!({ kind: 'site', url: 'https://www.gov.cn/x', on: false }, options);
    await h.changeSettings!(
      { kind: 'set', values: { hoverDelayMs: 500, languages: { zh: false } } },
      options,
    );
    expect(settings().sites).toEqual(['gov.cn']);
    expect(settings().hoverDelayMs).toBe(500);
    expect(settings().languages).toEqual({ en: true, zh: false });
  });

  test('the payload is validated before any handler sees it', () => {
    const ok = (p: unknown) => isValidPayload('changeSettings', p);
    expect(ok({ kind: 'mute', entryId: entry })).toBe(true);
    expect(ok({ kind: 'set', values: { markStyle: 'background', enabled: true } })).toBe(true);
    expect(ok({ kind: 'mute', entryId: '<img src=x>' })).toBe(false);
    expect(ok({ kind: 'mute', entryId: entry, muted: [] })).toBe(false);
    expect(ok({ kind: 'set', values: { muted: ['a'] } })).toBe(false);
    expect(ok({ kind: 'set', values: { sites: [] } })).toBe(false);
    expect(ok({ kind: 'set', values: { hoverDelayMs: -1 } })).toBe(false);
    expect(ok({ kind: 'set', values: { markStyle: 'blink' } })).toBe(false);
    expect(ok({ kind: 'site', url: 'javascript:alert(1)', on: true })).toBe(false);
    expect(ok({ kind: 'wipe' })).toBe(false);
    expect(ok(null)).toBe(false);
  });
});
