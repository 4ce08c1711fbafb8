/**
 * Compiles the pack into the PatternTable the content script matches with: every alias of every entry
 * and document normalised and expanded into its variants, the pack's exclusions, context cue words,
 * and the endnotes' addresses. Pinyin aliases are kept only when long enough not to be ordinary words.
 */
import { normaliseKey } from '../text/normalise';
import { isNumeral } from '../text/chars';
import type { Alias, Entry, Pack, PackDocument } from '../pack/types';
import type { PatternTable, TableEntry } from './types';
import {
  FLAG_CASE,
  FLAG_CONTEXT,
  FLAG_NUMERAL,
  FLAG_SEGMENT,
  FLAG_WORD,
  TARGET_CUE,
  TARGET_EXCLUSION,
  type CompiledPatterns,
  type ContextRule,
  type PatternRow,
  type UrlRow,
} from './patterns';
import { englishVariants, inflects, isVerbPhrase } from './variants';
import { expandAliases } from '../pack/expand';
import { normaliseUrl } from './urls';
import { applyFold, learnFold } from './script-fold';
import { buildFromRows, encodeAutomaton, rowsDigest } from './compiled';

/** Words that place a context-dependent alias in China, whatever its own cue words. */
export const CHINA_CUES = [
  'China',
  'Chinese',
  'Beijing',
  'PRC',
  'CCP',
  'CPC',
  'Xi Jinping',
  'Communist Party',
  'State Council',
  'Sino-',
  '中国',
  '我国',
  '国务院',
  '中共',
  '党中央',
  '习近平',
  '中华人民共和国',
  '北京',
];

const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

class RowBuilder {
  readonly rows: PatternRow[] = [];
  readonly caseForms: Record<number, string> = {};
  readonly contexts: number[][] = [];
  readonly rules: ContextRule[] = [];
  private readonly cueIds = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(readonly fold: string) {}

  /** Normalised, script-folded form of a pattern. */
  keyOf(text: string): string {
    return applyFold(normaliseKey(text), this.fold);
  }

  add(key: string, target: number, flags: number, extra: number): number {
    const dedupe = `${key}\u0000${target}\u0000${flags}\u0000${extra}`;
    if (!key || this.seen.has(dedupe)) return -1;
    this.seen.add(dedupe);
    this.rows.push([key, target, flags, extra]);
    return this.rows.length - 1;
  }

  /** The id of a cue word, adding its pattern on first use. */
  cue(word: string): number {
    const key = this.keyOf(word);
    let id = this.cueIds.get(key);
    if (id === undefined) {
      id = this.cueIds.size;
      this.cueIds.set(key, id);
      if (HAS_CJK.test(key)) this.add(key, TARGET_CUE, 0, id);
      // A trailing hyphen ('Sino-') is a prefix cue: no boundary after it.
      else this.add(key, TARGET_CUE, key.endsWith('-') ? 0 : FLAG_WORD, id);
      if (!HAS_CJK.test(key) && !key.endsWith('-')) this.add(key + 's', TARGET_CUE, FLAG_WORD, id);
    }
    return id;
  }
}

/** The context rule of an alias (its index in `contexts`), or -1 for an alias that needs none. */
function contextOf(b: RowBuilder, alias: Alias, related: number[]): number {
  const gated = alias.local ? 2 : alias.context && alias.context.length > 0 ? 1 : 0;
  if (!gated && !alias.not?.length) return -1;
  b.contexts.push((alias.context ?? []).map((w) => b.cue(w)));
  b.rules.push([gated, alias.where ? 1 : 0, related, (alias.not ?? []).map((w) => b.cue(w))]);
  return b.contexts.length - 1;
}

/** Whether a written alias is an acronym or name that takes a plural 's' ('SOEs', 'NEVs'). */
const PLURAL_ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;

function addAlias(b: RowBuilder, alias: Alias, target: number, related: number[]): void {
  // Traditional variants are folded onto the simplified key where the fold knows every character;
  // the others (phrase-level conversions) become rows of their own.
  for (const variant of alias.variants ?? []) {
    if (variant !== alias.text)
      addAlias(b, { ...alias, text: variant, variants: undefined }, target, related);
  }
  const key = b.keyOf(alias.text);
  if (alias.lang === 'pinyin' && key.replace(/\s/g, '').length < 8) return;
  const isZh = alias.lang === 'zh' || HAS_CJK.test(key);
  if (key.length < 2) return;
  // Short all-capital acronyms ('MOST', 'NPC') are ordinary words in lower case.
  const written = alias.text.trim();
  const caseSensitive = alias.caseSensitive ?? (!isZh && /^[A-Z0-9&.]{2,6}$/.test(written));
  const extra = contextOf(b, alias, related);
  const flags = extra >= 0 ? FLAG_CONTEXT : 0;
  if (isZh) {
    const numeral = isNumeral(key.charCodeAt(0)) || isNumeral(key.charCodeAt(key.length - 1));
    // Short ungated Chinese aliases are checked against word segmentation (国企 is not in 英国企业).
    const short = [...key].length <= 3 && extra < 0;
    const segment = alias.boundary === 'word' || short ? FLAG_SEGMENT : 0;
    b.add(key, target, flags | segment | (numeral ? FLAG_NUMERAL : 0), extra);
    return;
  }
  if (caseSensitive) {
    const form = written.replace(/[^\p{L}\p{N}]/gu, '');
    const row = b.add(key, target, flags | FLAG_WORD | FLAG_CASE, extra);
    if (row >= 0) b.caseForms[row] = form;
    // Acronyms take a plural ('SOEs'); the possessive needs nothing (the apostrophe is a boundary).
    if (PLURAL_ACRONYM.test(written) && !written.endsWith('S')) {
      const plural = b.add(key + 's', target, flags | FLAG_WORD | FLAG_CASE, extra);
      if (plural >= 0) b.caseForms[plural] = form + 's';
    }
    return;
  }
  const verbal = alias.verbPhrase ?? isVerbPhrase(written);
  for (const variant of englishVariants(key, inflects(written), verbal))
    b.add(variant, target, flags | FLAG_WORD, extra);
}

function addExclusions(b: RowBuilder, exclusions: string[] | undefined): void {
  for (const text of exclusions ?? []) {
    const key = b.keyOf(text);
    b.add(key, TARGET_EXCLUSION, HAS_CJK.test(key) ? 0 : FLAG_WORD, -1);
  }
}

/** (simplified, traditional) pairs the pack carries: aliases with their variants, and the Chinese names. */
function scriptPairs(items: (Entry | PackDocument)[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const item of items) {
    for (const a of item.aliases) for (const v of a.variants ?? []) pairs.push([a.text, v]);
    if (item.zh?.hans && item.zh.hant) {
      for (const hant of [item.zh.hant, ...(item.zh.hantVariants ?? [])]) pairs.push([item.zh.hans, hant]);
    }
  }
  return pairs;
}

/** Entry indices each item is related to, both ways (an entry listing another, or listed by it). */
function relatedIndices(items: (Entry | PackDocument)[]): number[][] {
  const index = new Map(items.map((item, i) => [item.id, i]));
  const out: Set<number>[] = items.map(() => new Set<number>());
  items.forEach((item, i) => {
    for (const id of item.related) {
      const j = index.get(id);
      if (j === undefined || j === i) continue;
      out[i]!.add(j);
      out[j]!.add(i);
    }
  });
  return out.map((s) => [...s].sort((a, b) => a - b));
}

function tableEntry(item: Entry | PackDocument, kind: TableEntry['kind']): TableEntry {
  const entry: TableEntry = { id: item.id, kind, label: item.label };
  if (item.zh?.hans) entry.zh = item.zh.hans;
  return entry;
}

function urlRows(pack: Pack): UrlRow[] {
  const rows: UrlRow[] = [];
  const docBase = pack.entries.length;
  const seen = new Set<string>();
  const push = (url: string, target: number, endnote: number, title: string): void => {
    const key = normaliseUrl(url);
    if (key && !seen.has(key)) {
      seen.add(key);
      rows.push([key, target, endnote, title]);
    }
  };
  pack.documents.forEach((doc, i) => {
    for (const url of doc.urls) push(url, docBase + i, doc.endnotes[0] ?? 0, doc.label);
  });
  for (const note of pack.endnotes) {
    const docIndex = pack.documents.findIndex((d) => d.endnotes.includes(note.n));
    for (const link of note.links)
      push(link.url, docIndex >= 0 ? docBase + docIndex : -1, note.n, link.title);
  }
  return rows;
}

/**
 * The revision of what `compileTable` writes. Bump it whenever a change here (or in the normalisation or
 * spelling variants it applies) changes the table compiled from the same pack: the background compares
 * versions, not tables, on every wake (`ensureSeeded`), and `table.test.ts` pins a digest of the test
 * pack's table to this number so that a change cannot slip through unbumped.
 */
export const TABLE_REVISION = 4;

/** The version a table compiled from `pack` by this engine carries. */
export function tableVersion(pack: Pick<Pack, 'version'>): string {
  return `${pack.version}+table.${TABLE_REVISION}`;
}

/** Compiles the pack into the compact, JSON-serialisable table the content script matches with. */
export function compileTable(pack: Pack): PatternTable {
  const items: [Entry | PackDocument, TableEntry['kind']][] = [
    ...pack.entries.map((e) => [e, 'term'] as [Entry, 'term']),
    ...pack.documents.map((d) => [d, 'document'] as [PackDocument, 'document']),
  ];
  const cuePairs = (pack.cues ?? []).flatMap((set) =>
    set.aliases.flatMap((a) => (a.variants ?? []).map((v): [string, string] => [a.text, v])),
  );
  const b = new RowBuilder(learnFold([...scriptPairs(items.map(([item]) => item)), ...cuePairs]));
  const entries: TableEntry[] = [];
  const related = relatedIndices(items.map(([item]) => item));
  items.forEach(([item, kind], index) => {
    entries.push(tableEntry(item, kind));
    for (const alias of expandAliases(item, pack)) addAlias(b, alias, index, related[index]!);
    addExclusions(b, item.exclusions);
  });
  const chinaCues = CHINA_CUES.map((w) => b.cue(w));
  const patterns: CompiledPatterns = {
    format: 1,
    rows: b.rows,
    contexts: b.contexts,
    rules: b.rules,
    chinaCues,
    caseForms: b.caseForms,
    urls: urlRows(pack),
    fold: b.fold,
  };
  const compiled = encodeAutomaton(buildFromRows(patterns), rowsDigest(patterns));
  return { version: tableVersion(pack), entries, patterns, compiled };
}
