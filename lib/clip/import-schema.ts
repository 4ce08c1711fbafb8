/**
 * The shape an import file must have: our own Web Annotation export (`export/web-annotation.ts`),
 * with limits on every string and list so a huge or hostile file is refused before anything is
 * written. Unknown properties are dropped; unknown body purposes or non-http(s) addresses refuse
 * the whole file.
 */
import * as v from 'valibot';
import { ANNO_CONTEXT, ENTRY_URN } from './export/web-annotation';
import { httpUrl, LIMITS, offset, text as plainText } from './schema';
import { hasLoneSurrogate, unsafeTextReason } from './text-safety';

/**
 * Imported text: within its limit, well-formed (no lone surrogate) and free of bidirectional
 * overrides, which could make a quote or a title read otherwise than it is stored.
 */
const text = (max: number) =>
  v.pipe(
    plainText(max),
    v.check((s) => !hasLoneSurrogate(s), 'holds a broken character (a lone UTF-16 surrogate)'),
    v.check((s) => unsafeTextReason(s) === null, 'holds a bidirectional override or isolate control'),
  );

/** Largest import file, in characters. */
export const MAX_IMPORT_CHARS = 25_000_000;
/** Most annotations one file may hold. */
export const MAX_IMPORT_ITEMS = 20_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTRY_ID = /^[\w.:-]{1,200}$/;

const timestamp = v.pipe(
  v.string(),
  v.maxLength(40, 'is longer than 40 characters'),
  v.check(
    (s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)),
    'is not an ISO date and time',
  ),
);

const Body = v.variant('purpose', [
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('commenting'), value: text(LIMITS.note) }),
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('tagging'), value: text(LIMITS.tag) }),
  v.object({
    type: v.literal('SpecificResource'),
    purpose: v.literal('identifying'),
    source: v.pipe(
      v.string(),
      v.check(
        (s) => s.startsWith(ENTRY_URN) && ENTRY_ID.test(s.slice(ENTRY_URN.length)),
        `is not a ${ENTRY_URN} address`,
      ),
    ),
  }),
]);

const Target = v.object({
  type: v.optional(v.literal('SpecificResource')),
  source: httpUrl,
  selector: v.pipe(
    v.tuple([
      v.object({
        type: v.literal('TextQuoteSelector'),
        exact: v.pipe(
          text(LIMITS.quote),
          v.check((s) => s.trim().length > 0, 'is empty'),
        ),
        prefix: text(LIMITS.context),
        suffix: text(LIMITS.context),
      }),
      v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    ]),
    v.check(([, position]) => position.end >= position.start, 'has a position that ends before it starts'),
  ),
  'schema:url': v.optional(httpUrl),
  'dcterms:title': v.optional(text(LIMITS.title)),
  'dcterms:publisher': v.optional(text(LIMITS.site)),
  'dcterms:creator': v.optional(text(LIMITS.author)),
  'dcterms:issued': v.optional(text(LIMITS.published)),
});

export const AnnotationSchema = v.object({
  id: v.pipe(
    v.string(),
    v.check((s) => s.startsWith('urn:uuid:') && UUID.test(s.slice(9)), 'is not a urn:uuid: identifier'),
  ),
  type: v.literal('Annotation'),
  motivation: v.optional(v.picklist(['commenting', 'highlighting'])),
  created: timestamp,
  modified: v.optional(timestamp),
  // Optional: an annotation with no note, tag or entry has no body (the model allows no empty list).
  body: v.optional(
    v.pipe(v.array(Body), v.maxLength(LIMITS.tags + LIMITS.entryIds + 1, 'has too many bodies')),
    [],
  ),
  target: Target,
});

export const CollectionSchema = v.object({
  '@context': v.union(
    [
      v.literal(ANNO_CONTEXT),
      v.pipe(
        v.array(v.unknown()),
        v.check((c) => c.includes(ANNO_CONTEXT)),
      ),
    ],
    `is not the W3C annotation context ${ANNO_CONTEXT}`,
  ),
  type: v.literal('AnnotationCollection', 'is not AnnotationCollection'),
  first: v.object({
    type: v.literal('AnnotationPage'),
    items: v.pipe(
      v.array(AnnotationSchema),
      v.maxLength(MAX_IMPORT_ITEMS, `has more than ${MAX_IMPORT_ITEMS} annotations`),
    ),
  }),
});

export type ImportedAnnotation = v.InferOutput<typeof AnnotationSchema>;
