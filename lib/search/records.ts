/**
 * The records the search indexes: one per entry, document, paragraph of the brief and clipping, with
 * their text spread over fields that are weighted differently (names above body text). Chinese is
 * stored simplified, pinyin both as toneless words and squashed, so spacing in a query does not matter.
 */
import type { Clipping } from '../db/clipping';
import type { Entry, Pack, PackDocument } from '../pack/types';
import { foldLatin, hasHan, matchKey, squash, toSimplified } from './normalise';

export type SearchKind = 'entry' | 'document' | 'paragraph' | 'clipping';

export interface SearchRecord {
  /** `kind:ref`, unique across kinds. */
  id: string;
  kind: SearchKind;
  /** The entry, document, paragraph or clipping id. */
  ref: string;
  title: string;
  detail?: string;
  names: string;
  zh: string;
  pinyin: string;
  body: string;
  tags: string;
  /** Exact-match keys (see `matchKey`): a query equal to one of them ranks first. */
  keys: string[];
}

const EXCERPT = 160;

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1).trimEnd()}…`;
}

function itemRecord(item: Entry | PackDocument, kind: 'entry' | 'document'): SearchRecord {
  const en = item.aliases.filter((a) => a.lang === 'en').map((a) => a.text);
  const zh = item.aliases.filter((a) => a.lang === 'zh').map((a) => a.text);
  const pinyin = item.aliases.filter((a) => a.lang === 'pinyin').map((a) => a.text);
  if (item.zh) {
    zh.unshift(item.zh.hans);
    pinyin.unshift(item.zh.pinyin);
  }
  const pinyinText = pinyin.flatMap((p) => [foldLatin(p), squash(p)]).join(' ');
  const names = [item.label, ...en];
  return {
    id: `${kind}:${item.id}`,
    kind,
    ref: item.id,
    title: item.label,
    detail: item.zh ? `${item.zh.hans} ${item.zh.pinyin}` : undefined,
    names: names.join(' · '),
    zh: zh.join(' · '),
    pinyin: pinyinText,
    body: item.definition,
    tags: 'kind' in item ? item.kind : item.issuer,
    keys: [...new Set([...names, ...zh].map(matchKey).concat(pinyin.map(squash)))].filter(Boolean),
  };
}

/** Records for every entry, document and paragraph of the pack. */
export function packRecords(pack: Pack): SearchRecord[] {
  const titles = new Map(pack.sections.map((s) => [s.id, s.title]));
  const paragraphs = pack.paragraphs.map<SearchRecord>((p) => ({
    id: `paragraph:${p.id}`,
    kind: 'paragraph',
    ref: p.id,
    title: titles.get(p.sectionId) ?? p.sectionId,
    detail: excerpt(p.text),
    names: '',
    zh: '',
    pinyin: '',
    body: p.text,
    tags: titles.get(p.sectionId) ?? '',
    keys: [],
  }));
  return [
    ...pack.entries.map((e) => itemRecord(e, 'entry')),
    ...pack.documents.map((d) => itemRecord(d, 'document')),
    ...paragraphs,
  ];
}

/** The record of one clipping; Chinese in it is folded to simplified so either script finds it. */
export function clippingRecord(clipping: Clipping): SearchRecord {
  const text = `${clipping.quote}\n${clipping.note}`;
  return {
    id: `clipping:${clipping.id}`,
    kind: 'clipping',
    ref: clipping.id,
    title: clipping.title || clipping.site,
    detail: excerpt(clipping.quote),
    names: toSimplified(clipping.title),
    zh: '',
    pinyin: '',
    body: hasHan(text) ? toSimplified(text) : text,
    tags: [...clipping.tags, clipping.site].join(' '),
    keys: [],
  };
}
