/**
 * The clippings table: saving drafts from the background, listing and editing from the side panel,
 * the lookup that re-marking needs, and delete with undo. Every write reports failure as a
 * `{ ok: false, error }` with a sentence for the user; nothing is dropped silently.
 */
import * as v from 'valibot';
import { DraftSchema, EditSchema, firstProblem } from '../clip/schema';
import { storageErrorMessage } from '../clip/storage-error';
import { normaliseUrl, siteFromUrl } from '../clip/url';
import type { ClippingDraft, SaveResult, StoredClippingView } from '../messaging/protocol';
import type { Clipping } from './clipping';
import type { BriefLensDB } from './db';

export interface ClippingFilter {
  site?: string;
  tag?: string;
  entryId?: string;
  /** Words that must all appear in the quote, note, title, site, author or tags. */
  query?: string;
  limit?: number;
  offset?: number;
}

/** The stored record for a validated draft. */
function recordOf(draft: v.InferOutput<typeof DraftSchema>, id: string, now: number): Clipping {
  const url = normaliseUrl(draft.url) ?? draft.url;
  return {
    id,
    quote: draft.quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: draft.quote, prefix: draft.prefix, suffix: draft.suffix },
      { type: 'TextPositionSelector', start: draft.start, end: draft.end },
    ],
    url,
    canonicalUrl: normaliseUrl(draft.canonicalUrl) ?? url,
    title: draft.title.trim() || url,
    site: draft.site.trim() || siteFromUrl(url),
    ...(draft.author?.trim() ? { author: draft.author.trim() } : {}),
    ...(draft.published?.trim() ? { published: draft.published.trim() } : {}),
    createdAt: now,
    updatedAt: now,
    entryIds: [...new Set(draft.entryIds)],
    note: draft.note ?? '',
    tags: draft.tags ?? [],
    ...(draft.pdf ? { pdf: { fingerprint: draft.pdf.fingerprint.toLowerCase(), page: draft.pdf.page } } : {}),
  };
}

/** Validates and stores a draft; the reply says what went wrong when it was not stored. */
export async function saveClipping(db: BriefLensDB, draft: ClippingDraft): Promise<SaveResult> {
  const parsed = v.safeParse(DraftSchema, draft);
  if (!parsed.success)
    return { ok: false, error: `Not saved: the clipping is invalid (${firstProblem(parsed.issues)}).` };
  const record = recordOf(parsed.output, crypto.randomUUID(), Date.now());
  try {
    await db.clippings.add(record);
    return { ok: true, id: record.id };
  } catch (error) {
    return { ok: false, error: storageErrorMessage('Not saved', error) };
  }
}

/** Folds case and width so a search for "ＡＩ" or "ai" finds "AI". */
export function fold(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase();
}

/** The folded text a search by word looks in: quote, note, title, site, author and tags. */
export function searchText(c: Clipping): string {
  return fold([c.quote, c.note, c.title, c.site, c.author ?? '', c.tags.join(' ')].join('\n'));
}

/**
 * A predicate for clippings whose text holds every word of `query`. `textOf` may return a cached
 * `searchText` so that typing in a long list does not fold every clipping again.
 */
export function matchesQuery(
  query: string,
  textOf: (c: Clipping) => string = searchText,
): (c: Clipping) => boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (c) => {
    const hay = textOf(c);
    return words.every((w) => hay.includes(w));
  };
}

/** Whether a clipping passes the site, tag, entry and word filters, as `listClippings` applies them. */
export function matchesFilter(
  filter: ClippingFilter,
  textOf: (c: Clipping) => string = searchText,
): (c: Clipping) => boolean {
  const { site, tag, entryId } = filter;
  const words = matchesQuery(filter.query ?? '', textOf);
  return (c) =>
    (site === undefined || c.site === site) &&
    (tag === undefined || c.tags.includes(tag)) &&
    (entryId === undefined || c.entryIds.includes(entryId)) &&
    words(c);
}

/** Clippings matching `filter`, newest first. */
export async function listClippings(db: BriefLensDB, filter: ClippingFilter = {}): Promise<Clipping[]> {
  const { site, tag, entryId } = filter;
  // Start from the most selective index the filter names, then narrow in memory. Reading with
  // toArray() alone lets IndexedDB hand over all rows at once (getAll); a Dexie filter() or reverse()
  // walks a cursor row by row instead, which for 10,000 clippings is many times slower.
  const base =
    site !== undefined
      ? db.clippings.where('site').equals(site)
      : tag !== undefined
        ? db.clippings.where('tags').equals(tag)
        : entryId !== undefined
          ? db.clippings.where('entryIds').equals(entryId)
          : db.clippings;
  const keep = matchesFilter(filter);
  const rows = (await base.toArray()).filter(keep);
  rows.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const from = filter.offset ?? 0;
  return rows.slice(from, filter.limit === undefined ? undefined : from + filter.limit);
}

export interface ClippingFacets {
  sites: string[];
  tags: string[];
  entryIds: string[];
  total: number;
}

/** The distinct sites, tags and entries that clippings carry, for the side panel's filters. */
export async function clippingFacets(db: BriefLensDB): Promise<ClippingFacets> {
  const [sites, tags, entryIds, total] = await Promise.all([
    db.clippings.orderBy('site').uniqueKeys(),
    db.clippings.orderBy('tags').uniqueKeys(),
    db.clippings.orderBy('entryIds').uniqueKeys(),
    db.clippings.count(),
  ]);
  return { sites: sites.map(String), tags: tags.map(String), entryIds: entryIds.map(String), total };
}

/** What re-marking needs of a clipping. */
export function toStoredView(c: Clipping): StoredClippingView {
  const [quote, position] = c.selectors;
  return {
    id: c.id,
    quote: c.quote,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
    ...(c.pdf ? { page: c.pdf.page } : {}),
  };
}

/**
 * The clippings saved from a page, oldest first. Both the tab's address and its declared canonical
 * address are looked up, normalised as when saving, so a clipping is found whichever one it was
 * stored under.
 */
export async function clippingsForUrl(
  db: BriefLensDB,
  url: string,
  canonicalUrl?: string,
): Promise<StoredClippingView[]> {
  const keys = [
    ...new Set([url, canonicalUrl].map((u) => (u ? normaliseUrl(u) : null)).filter((u): u is string => !!u)),
  ];
  if (keys.length === 0) return [];
  const rows = await db.clippings.where('canonicalUrl').anyOf(keys).toArray();
  rows.sort((a, b) => a.createdAt - b.createdAt);
  return rows.map(toStoredView);
}

/** The clippings saved from the PDF with this fingerprint, from whatever address, oldest first. */
export async function clippingsForPdf(db: BriefLensDB, fingerprint: string): Promise<StoredClippingView[]> {
  const rows = await db.clippings.where('pdf.fingerprint').equals(fingerprint.toLowerCase()).toArray();
  rows.sort((a, b) => a.createdAt - b.createdAt);
  return rows.map(toStoredView);
}

/** Changes a clipping's note or tags. */
export async function updateClipping(
  db: BriefLensDB,
  id: string,
  edit: { note?: string; tags?: string[] },
): Promise<SaveResult> {
  const parsed = v.safeParse(EditSchema, edit);
  if (!parsed.success) return { ok: false, error: `Not changed: ${firstProblem(parsed.issues)}.` };
  const { note, tags } = parsed.output;
  try {
    const changed = await db.clippings.update(id, {
      ...(note !== undefined ? { note } : {}),
      ...(tags !== undefined ? { tags } : {}),
      updatedAt: Date.now(),
    });
    return changed ? { ok: true, id } : { ok: false, error: 'Not changed: this clipping no longer exists.' };
  } catch (error) {
    return { ok: false, error: storageErrorMessage('Not changed', error) };
  }
}

/** Deletes a clipping and returns it, so the caller can offer undo with `restoreClipping`. */
export async function deleteClipping(db: BriefLensDB, id: string): Promise<Clipping | undefined> {
  return db.transaction('rw', db.clippings, async () => {
    const existing = await db.clippings.get(id);
    if (existing) await db.clippings.delete(id);
    return existing;
  });
}

/** Puts a deleted clipping back as it was. */
export async function restoreClipping(db: BriefLensDB, clipping: Clipping): Promise<SaveResult> {
  try {
    await db.clippings.put(clipping);
    return { ok: true, id: clipping.id };
  } catch (error) {
    return { ok: false, error: storageErrorMessage('Not restored', error) };
  }
}
