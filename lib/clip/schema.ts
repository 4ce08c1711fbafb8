/**
 * Valibot schemas and limits for what enters the clippings table: drafts from the content script,
 * edits from the side panel. Imports (`import-schema.ts`) reuse the same field rules.
 */
import * as v from 'valibot';
import { normaliseUrl } from './url';

export const LIMITS = {
  quote: 20_000,
  context: 200,
  title: 1_000,
  site: 300,
  author: 1_000,
  published: 40,
  url: 4_000,
  note: 20_000,
  tag: 100,
  tags: 50,
  entryId: 200,
  entryIds: 500,
  offset: 100_000_000,
} as const;

/** A string of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));

/** An absolute http(s) address; `javascript:`, `data:` and the rest are refused. */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, `is longer than ${LIMITS.url} characters`),
  v.check((s) => normaliseUrl(s) !== null, 'is not an http(s) address'),
);

export const offset = v.pipe(
  v.number(),
  v.integer('is not a whole number'),
  v.minValue(0, 'is negative'),
  v.maxValue(LIMITS.offset),
);

/** Tags as the user typed them: trimmed, inner white space collapsed, empty and repeated ones dropped. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

export const tagList = v.pipe(
  v.array(text(LIMITS.tag)),
  v.maxLength(LIMITS.tags, `has more than ${LIMITS.tags} tags`),
  v.transform((tags: string[]) => cleanTags(tags)),
);

export const entryIdList = v.pipe(
  v.array(v.pipe(text(LIMITS.entryId), v.nonEmpty('is empty'))),
  v.maxLength(LIMITS.entryIds, `has more than ${LIMITS.entryIds} entries`),
);

/** Where in a PDF: its pdf.js fingerprint (hexadecimal) and a page counted from 1. */
export const pdfLocation = v.strictObject({
  fingerprint: v.pipe(
    v.string(),
    v.maxLength(128, 'is longer than 128 characters'),
    v.regex(/^[0-9a-f]+$/i, 'is not a PDF fingerprint'),
  ),
  page: v.pipe(
    v.number(),
    v.integer('is not a whole number'),
    v.minValue(1, 'is not a page'),
    v.maxValue(1_000_000),
  ),
});

export const DraftSchema = v.pipe(
  v.object({
    quote: v.pipe(
      text(LIMITS.quote),
      v.check((s) => s.trim().length > 0, 'is empty'),
    ),
    prefix: text(LIMITS.context),
    suffix: text(LIMITS.context),
    start: offset,
    end: offset,
    url: httpUrl,
    canonicalUrl: httpUrl,
    title: text(LIMITS.title),
    site: text(LIMITS.site),
    author: v.optional(text(LIMITS.author)),
    published: v.optional(text(LIMITS.published)),
    entryIds: entryIdList,
    note: v.optional(text(LIMITS.note)),
    tags: v.optional(tagList),
    pdf: v.optional(pdfLocation),
  }),
  v.check((d) => d.end >= d.start, 'ends before it starts'),
);

export const EditSchema = v.object({
  note: v.optional(text(LIMITS.note)),
  tags: v.optional(tagList),
});

/** A short message naming the first problem and where it is: `items[3].target.source: is not an http(s) address`. */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
