/**
 * The pack's shape as valibot schemas: field by field what `lib/pack/types.ts` declares, with the
 * rules a single field can check on its own (kebab-case ids, http(s) addresses, ISO dates, tone-marked
 * pinyin). Rules that need the whole pack (references, uniqueness, verbatim text) live in `validate.ts`.
 * Objects are strict so that a misspelt field in `data/` is refused instead of silently dropped.
 */
import * as v from 'valibot';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER_RE = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const ISO_DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const HAN_RE = /\p{Script=Han}/u;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(v.string(), v.regex(ID_RE, 'must be a kebab-case id'));
const endnoteNumber = v.pipe(v.number(), v.integer('must be an integer'), v.minValue(1, 'must be 1 or more'));

/** Only http(s) addresses: a pack must never carry javascript:, data: or file: links into a card. */
export const httpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.check((s) => /^https?:\/\//i.test(s), 'must be an http(s) address'),
);

export const AliasSchema = v.pipe(
  v.strictObject({
    text: nonEmpty,
    lang: v.picklist(['en', 'zh', 'pinyin'], "must be 'en', 'zh' or 'pinyin'"),
    context: v.optional(v.pipe(v.array(nonEmpty), v.minLength(1, 'must list at least one cue'))),
    shared: v.optional(v.boolean()),
    caseSensitive: v.optional(v.boolean()),
    variants: v.optional(v.array(nonEmpty)),
    where: v.optional(v.boolean()),
    not: v.optional(v.pipe(v.array(nonEmpty), v.minLength(1, 'must list at least one cue'))),
    verbPhrase: v.optional(v.boolean()),
    local: v.optional(v.boolean()),
    swap: v.optional(v.boolean()),
    form: v.optional(v.picklist(['short-title', 'nickname'], "must be 'short-title' or 'nickname'")),
    region: v.optional(v.picklist(['tw', 'hk'], "must be 'tw' or 'hk'")),
    boundary: v.optional(v.picklist(['word'], "must be 'word'")),
  }),
  v.check((a) => !a.where || !!a.context, "'where' needs 'context'"),
  v.check((a) => !a.swap || /( and |, )/.test(a.text), "'swap' needs an 'A and B' or 'A, B' alias"),
  v.check((a) => !a.boundary || a.lang === 'zh', "'boundary' is for 'zh' aliases"),
  v.check((a) => a.text === a.text.trim(), 'alias text must not start or end with spaces'),
  v.check((a) => (a.lang === 'zh') === HAN_RE.test(a.text), "Chinese characters only in 'zh' aliases"),
);

export const ChineseFormsSchema = v.strictObject({
  hans: v.pipe(nonEmpty, v.regex(HAN_RE, 'must contain Chinese characters')),
  hant: v.pipe(nonEmpty, v.regex(HAN_RE, 'must contain Chinese characters')),
  pinyin: v.pipe(nonEmpty, v.regex(/^[\p{Script=Latin}\p{M}0-9 '’·()–—-]+$/u, 'must be romanised pinyin')),
  hantVariants: v.optional(v.array(nonEmpty)),
});

const common = {
  id,
  label: nonEmpty,
  zh: v.optional(ChineseFormsSchema),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'must have at least one alias')),
  definition: nonEmpty,
  paragraphs: v.array(nonEmpty),
  endnotes: v.array(endnoteNumber),
  related: v.array(id),
  exclusions: v.optional(v.array(nonEmpty)),
  not: v.optional(v.pipe(v.array(nonEmpty), v.minLength(1, 'must list at least one cue'))),
  region: v.optional(v.picklist(['prc'], "must be 'prc'")),
  waive: v.optional(v.array(v.picklist(['bare-head', 'short-zh', 'fragment'], 'unknown waiver'))),
};

export const DateFormsSchema = v.strictObject({
  en: v.optional(v.array(nonEmpty)),
  zh: v.optional(v.array(nonEmpty)),
  context: v.pipe(v.array(nonEmpty), v.minLength(1, 'must list at least one cue')),
});

export const EntrySchema = v.strictObject({
  ...common,
  kind: v.picklist(
    ['concept', 'institution', 'programme', 'technology', 'event', 'person'],
    'unknown entry kind',
  ),
});

export const DocumentSchema = v.strictObject({
  ...common,
  issuer: nonEmpty,
  date: v.pipe(v.string(), v.regex(ISO_DATE_RE, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')),
  urls: v.array(httpUrl),
  dateForms: v.optional(DateFormsSchema),
});

export const LinkSchema = v.strictObject({ title: nonEmpty, url: httpUrl });

export const EndnoteSchema = v.strictObject({
  n: endnoteNumber,
  text: nonEmpty,
  links: v.array(LinkSchema),
  reconciliation: v.optional(nonEmpty),
});

export const ParagraphSchema = v.strictObject({
  id,
  sectionId: id,
  kind: v.picklist(['p', 'li', 'quote', 'heading'], 'unknown paragraph kind'),
  text: nonEmpty,
  endnotes: v.array(endnoteNumber),
});

export const SectionSchema = v.strictObject({ id, title: nonEmpty, paragraphIds: v.array(id) });

export const BriefMetaSchema = v.strictObject({
  title: nonEmpty,
  subtitle: v.optional(nonEmpty),
  author: nonEmpty,
  publishers: v.pipe(v.array(nonEmpty), v.minLength(1, 'must name a publisher')),
  series: v.optional(nonEmpty),
  date: v.pipe(v.string(), v.regex(ISO_DATE_RE, 'must be an ISO date')),
  urls: v.array(LinkSchema),
  citation: nonEmpty,
  licence: v.optional(nonEmpty),
});

export const CueSetSchema = v.strictObject({
  id: v.picklist(['region', 'document'], "must be 'region' or 'document'"),
  aliases: v.array(AliasSchema),
});

export const PackSchema = v.strictObject({
  version: v.pipe(v.string('the pack must have a version'), v.regex(SEMVER_RE, 'must be a semantic version')),
  brief: BriefMetaSchema,
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'must have sections')),
  paragraphs: v.pipe(v.array(ParagraphSchema), v.minLength(1, 'must have paragraphs')),
  endnotes: v.array(EndnoteSchema),
  entries: v.array(EntrySchema),
  documents: v.array(DocumentSchema),
  cues: v.optional(v.array(CueSetSchema)),
  synonyms: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^[A-Za-z]+$/, 'slot names are letters')),
      v.pipe(v.array(nonEmpty), v.minLength(2, 'a synonym set has two or more members')),
    ),
  ),
});
