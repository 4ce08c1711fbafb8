/**
 * Import of our Web Annotation export. The whole file is validated before anything is written;
 * a file with any problem is refused with a message naming the first bad field. A valid file is
 * written in one transaction, skipping clippings whose id is already stored, so importing the same
 * file twice adds nothing the second time. Text from the file is stored as text; nothing in the
 * extension renders it as HTML.
 */
import * as v from 'valibot';
import type { Clipping } from '../db/clipping';
import type { BriefLensDB } from '../db/db';
import { isoDate } from './date';
import { ENTRY_URN } from './export/web-annotation';
import { CollectionSchema, MAX_IMPORT_CHARS, type ImportedAnnotation } from './import-schema';
import { cleanTags, firstProblem } from './schema';
import { storageErrorMessage } from './storage-error';
import { normaliseUrl, siteFromUrl } from './url';

export type ParseResult = { ok: true; clippings: Clipping[] } | { ok: false; error: string };
export type ImportResult = { ok: true; added: number; skipped: number } | { ok: false; error: string };

/** The clipping an annotation describes. */
function toClipping(a: ImportedAnnotation): Clipping {
  const [quote, position] = a.target.selector;
  const source = normaliseUrl(a.target.source)!;
  const url = (a.target['schema:url'] && normaliseUrl(a.target['schema:url'])) || source;
  const created = Date.parse(a.created);
  const note = a.body.find((b) => b.purpose === 'commenting')?.value ?? '';
  const tags = cleanTags(a.body.flatMap((b) => (b.purpose === 'tagging' ? [b.value] : [])));
  const entryIds = [
    ...new Set(
      a.body.flatMap((b) => (b.purpose === 'identifying' ? [b.source.slice(ENTRY_URN.length)] : [])),
    ),
  ];
  const author = a.target['dcterms:creator']?.trim();
  // Dates are stored in ISO form (YYYY, YYYY-MM or YYYY-MM-DD); one that reads as no date is dropped.
  const published = isoDate(a.target['dcterms:issued']);
  return {
    id: a.id.slice('urn:uuid:'.length).toLowerCase(),
    quote: quote.exact,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
    url,
    canonicalUrl: source,
    title: a.target['dcterms:title']?.trim() || source,
    site: a.target['dcterms:publisher']?.trim() || siteFromUrl(source),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    createdAt: created,
    updatedAt: a.modified ? Math.max(created, Date.parse(a.modified)) : created,
    entryIds,
    note,
    tags,
  };
}

/** Validates an import file's text and returns the clippings it holds, or why it is refused. */
export function parseImport(text: string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      error: `The file is too large (over ${MAX_IMPORT_CHARS / 1_000_000} million characters).`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file is not valid JSON, or is cut short (${reason}).` };
  }
  const parsed = v.safeParse(CollectionSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      error: `The file is not a Brief Lens annotation export: ${firstProblem(parsed.issues)}.`,
    };
  }
  return { ok: true, clippings: parsed.output.first.items.map(toClipping) };
}

/** Validates the file, then writes its new clippings in one transaction. */
export async function importClippings(db: BriefLensDB, text: string): Promise<ImportResult> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const unique = [...new Map(parsed.clippings.map((c) => [c.id, c])).values()];
  try {
    const added = await db.transaction('rw', db.clippings, async () => {
      const existing = await db.clippings.bulkGet(unique.map((c) => c.id));
      const fresh = unique.filter((_, i) => existing[i] === undefined);
      await db.clippings.bulkAdd(fresh);
      return fresh.length;
    });
    return { ok: true, added, skipped: parsed.clippings.length - added };
  } catch (error) {
    return { ok: false, error: storageErrorMessage('Not imported', error) };
  }
}
