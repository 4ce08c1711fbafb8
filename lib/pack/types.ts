/**
 * The brief as data: the compiled shape of the knowledge pack that `data/` is built into.
 * Every other part of the extension reads these types; `lib/pack/schema.ts` validates them.
 */

export type EntryKind = 'concept' | 'institution' | 'programme' | 'technology' | 'event' | 'person';

/** How an alias is written: English words, Chinese characters, or romanised pinyin. */
export type AliasLang = 'en' | 'zh' | 'pinyin';

export interface Alias {
  /** The alias as reporting writes it (simplified Chinese for `zh`; traditional forms are derived). */
  text: string;
  lang: AliasLang;
  /**
   * For aliases that mean something else elsewhere ('chokepoint', 'Beidou', 'de-risking'): the alias
   * counts only when one of these cue words, or another pack entry, stands in the same block.
   */
  context?: string[];
  /** An alias that belongs to more than one entry on purpose. */
  shared?: boolean;
  /** Match case exactly (acronyms such as 'MOST' or 'NPC' that are also ordinary words). */
  caseSensitive?: boolean;
  /**
   * With `context`: a "where" cue (China, Beijing, 中国 …) is enough on its own. Without it a gated alias
   * needs a topic cue: one of its own cue words or a related entry nearby ('chokepoint' near 'China' may
   * be the Strait of Malacca; near 'semiconductors' it is the technology).
   */
  where?: boolean;
  /** Negative cues: the alias does not count when one of these stands nearby ('Taiwan' for 科技部). */
  not?: string[];
  /** A short form that counts only where the entry's full form is on the page ('Xi' after 'Xi Jinping'). */
  local?: boolean;
  /** A verb phrase whose first word inflects ('concentrate power …' → 'concentrating power …'). */
  verbPhrase?: boolean;
  /** A two-part slogan also written the other way round or with a comma ('A and B' → 'B and A', 'A, B'). */
  swap?: boolean;
  /**
   * For document aliases: a known short title ('short-title'), or a nickname that counts only beside a
   * document cue (《》, 文件, speech, article …) — see `lib/pack/expand.ts`.
   */
  form?: 'short-title' | 'nickname';
  /** A curated Taiwan or Hong Kong wording that opencc does not produce (still written in simplified). */
  region?: 'tw' | 'hk';
  /** For short `zh` aliases: counts only where the browser's word segmentation puts a word boundary on both ends. */
  boundary?: 'word';
  /** opencc-js gives (s2tw, s2t, s2twp, s2hk),
   * filled in by `scripts/fill-traditional.ts`, so the matcher needs no converter at run time.
   */
  variants?: string[];
}

export interface ChineseForms {
  hans: string;
  /** Traditional form as opencc-js s2tw gives it (Taiwan standard characters). */
  hant: string;
  pinyin: string;
  /** Other traditional forms opencc-js gives (s2t, s2twp, s2hk) where they differ from `hant`. */
  hantVariants?: string[];
}

export interface Entry {
  id: string;
  kind: EntryKind;
  label: string;
  zh?: ChineseForms;
  aliases: Alias[];
  /** One to three sentences in our own words. */
  definition: string;
  /** Paragraph ids of the brief that discuss this entry, most relevant first. */
  paragraphs: string[];
  /** Endnote numbers (after reconciliation) that source this entry. */
  endnotes: number[];
  related: string[];
  /** Longer strings in which an alias must not count (实事求是 for 求是). */
  exclusions?: string[];
  /** Negative cues for every alias of the entry. */
  not?: string[];
  /** A PRC body with Taiwan or Hong Kong namesakes: Taiwan and Hong Kong cues veto its aliases that do not name China. */
  region?: 'prc';
  /** Lints this entry is exempt from, on purpose ('bare-head', 'short-zh', 'fragment'). */
  waive?: Waiver[];
}

export type Waiver = 'bare-head' | 'short-zh' | 'fragment';

/** How a dated document is written by its date: 'the October 7 rules', '1007新规'. */
export interface DateForms {
  /** English heads after the date ('rules', 'export controls'). */
  en?: string[];
  /** Chinese heads after the date (新规, 禁令). */
  zh?: string[];
  /** Cue words the generated forms need (a date alone says little). */
  context: string[];
}

export interface PackDocument {
  id: string;
  label: string;
  zh?: ChineseForms;
  aliases: Alias[];
  issuer: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  definition: string;
  /** Official addresses: those the brief's endnotes give, http(s) only. */
  urls: string[];
  endnotes: number[];
  paragraphs: string[];
  related: string[];
  exclusions?: string[];
  not?: string[];
  region?: 'prc';
  waive?: Waiver[];
  /** Forms generated from `date` (which must then be a full date). */
  dateForms?: DateForms;
}

export interface Link {
  title: string;
  url: string;
}

export interface Endnote {
  /** The number the reader sees, after reconciliation (1–26). */
  n: number;
  /** The citation as the brief gives it. */
  text: string;
  links: Link[];
  /** How this note was reconciled against the extracted text, where it needed to be. */
  reconciliation?: string;
}

export type ParagraphKind = 'p' | 'li' | 'quote' | 'heading';

export interface Paragraph {
  id: string;
  sectionId: string;
  kind: ParagraphKind;
  /** Verbatim text of the brief, endnote markers removed. */
  text: string;
  /** Endnote numbers cited in this paragraph, in order. */
  endnotes: number[];
}

export interface Section {
  id: string;
  title: string;
  paragraphIds: string[];
}

export interface BriefMeta {
  title: string;
  subtitle?: string;
  author: string;
  publishers: string[];
  series?: string;
  date: string;
  urls: Link[];
  citation: string;
  licence?: string;
}

export interface Pack {
  /** Semantic version of the pack's content; the background reseeds when it changes. */
  version: string;
  brief: BriefMeta;
  sections: Section[];
  paragraphs: Paragraph[];
  endnotes: Endnote[];
  entries: Entry[];
  documents: PackDocument[];
  /**
   * Synonym sets for alias templates: an English alias with `{Slot}` in its text stands for every
   * alias with a member of the set `Slot` in its place ('Central {Committee} for …' → Committee,
   * Commission). Expanded when the table is compiled (`lib/pack/expand.ts`).
   */
  synonyms?: Record<string, string[]>;
  /** Shared cue lists: 'region' (Taiwan and Hong Kong), 'document' (what a nickname needs nearby). */
  cues?: CueSet[];
}

/** A named list of cue words, kept as aliases so that `fill-traditional` gives their traditional forms. */
export interface CueSet {
  id: 'region' | 'document';
  aliases: Alias[];
}

/** What a mention points at, as the scan contract reports it. */
export type MentionKind = 'term' | 'document';
