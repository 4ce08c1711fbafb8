/**
 * Receiver-side validation of message payloads. Only the background and extension pages import this;
 * the content script stays small and trusts nothing it is sent either (it checks the sender).
 */
import * as v from 'valibot';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const httpUrl = v.pipe(
  str(4096),
  v.check((s) => /^https?:\/\//i.test(s), 'must be an http(s) address'),
);
const id = v.pipe(str(200), v.regex(/^[\w.:-]+$/));
/** A pdf.js fingerprint: hexadecimal (32 digits today), bounded. */
const fingerprint = v.pipe(str(128), v.regex(/^[0-9a-f]+$/i));
const pdfLocation = v.strictObject({
  fingerprint,
  page: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
});

const mention = v.object({
  entryId: v.nullable(id),
  kind: v.picklist(['term', 'document']),
  label: str(500),
  zh: v.optional(str(200)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  seen: v.pipe(v.array(str(500)), v.maxLength(50)),
});

export const payloadSchemas = {
  ping: v.object({}),
  pageScanned: v.object({
    url: str(4096),
    title: str(2000),
    enabled: v.boolean(),
    total: v.pipe(v.number(), v.integer(), v.minValue(0)),
    mentions: v.pipe(v.array(mention), v.maxLength(5000)),
  }),
  getDetails: v.object({ ids: v.pipe(v.array(id), v.maxLength(2000)) }),
  saveClipping: v.object({
    quote: v.pipe(str(20_000), v.minLength(1)),
    prefix: str(2000),
    suffix: str(2000),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    url: httpUrl,
    canonicalUrl: httpUrl,
    title: str(2000),
    site: str(500),
    author: v.optional(str(500)),
    published: v.optional(str(100)),
    entryIds: v.pipe(v.array(id), v.maxLength(500)),
    note: v.optional(str(20_000)),
    tags: v.optional(v.pipe(v.array(str(100)), v.maxLength(100))),
    pdf: v.optional(pdfLocation),
  }),
  clippingsForUrl: v.object({ url: str(4096), canonicalUrl: v.optional(str(4096)) }),
  clippingsForPdf: v.strictObject({ fingerprint }),
  openSidePanel: v.object({ hash: v.pipe(str(500), v.regex(/^#[\w/%.:-]*$/)) }),
  changeSettings: v.variant('kind', [
    v.strictObject({ kind: v.literal('mute'), entryId: id }),
    v.strictObject({ kind: v.literal('unmute'), entryId: id }),
    v.strictObject({ kind: v.literal('site'), url: httpUrl, on: v.boolean() }),
    v.strictObject({
      kind: v.literal('set'),
      values: v.strictObject({
        enabled: v.optional(v.boolean()),
        mode: v.optional(v.picklist(['deny', 'allow'])),
        hoverDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000))),
        hoverModifier: v.optional(v.picklist(['none', 'Alt', 'Shift', 'Control', 'Meta'])),
        markStyle: v.optional(v.picklist(['underline', 'background', 'hover'])),
        firstOccurrenceOnly: v.optional(v.boolean()),
        languages: v.optional(v.strictObject({ en: v.optional(v.boolean()), zh: v.optional(v.boolean()) })),
        selectionButton: v.optional(v.boolean()),
        openPdfsInReader: v.optional(v.boolean()),
      }),
    }),
  ]),
  rebuildTable: v.object({}),
} as const;

/** Whether a payload is well-formed for its message type; unknown types are not. */
export function isValidPayload(type: string, payload: unknown): boolean {
  const schema = (payloadSchemas as Record<string, v.GenericSchema>)[type];
  return schema !== undefined && v.safeParse(schema, payload).success;
}
