/**
 * What a card, popup row, side-panel entry view or the lookup command shows about one entry or
 * document: the brief's passages with their section titles, the endnote links, related entries.
 */
import type { EntryDetails, LinkView, PassageView } from '../messaging/protocol';
import type { Endnote, Entry, Pack, PackDocument, Paragraph } from './types';

interface PackIndex {
  items: Map<string, Entry | PackDocument>;
  paragraphs: Map<string, Paragraph>;
  sectionTitles: Map<string, string>;
  endnotes: Map<number, Endnote>;
}

// Packs are immutable once loaded, so their lookup maps are built once per pack object.
const indexes = new WeakMap<Pack, PackIndex>();

function indexOf(pack: Pack): PackIndex {
  let index = indexes.get(pack);
  if (!index) {
    index = {
      items: new Map<string, Entry | PackDocument>(
        [...pack.entries, ...pack.documents].map((e) => [e.id, e]),
      ),
      paragraphs: new Map(pack.paragraphs.map((p) => [p.id, p])),
      sectionTitles: new Map(pack.sections.map((s) => [s.id, s.title])),
      endnotes: new Map(pack.endnotes.map((n) => [n.n, n])),
    };
    indexes.set(pack, index);
  }
  return index;
}

function isDocument(item: Entry | PackDocument): item is PackDocument {
  return !('kind' in item);
}

/** The brief's passages for these paragraph ids, in the given order, with their section titles. */
export function passagesFor(pack: Pack, paragraphIds: string[]): PassageView[] {
  const index = indexOf(pack);
  return paragraphIds.flatMap((id) => {
    const p = index.paragraphs.get(id);
    if (!p) return [];
    return [
      { paragraphId: p.id, section: index.sectionTitles.get(p.sectionId) ?? '', kind: p.kind, text: p.text },
    ];
  });
}

/** The links of these endnotes, each carrying its endnote number; one address is listed once. */
export function linksFor(pack: Pack, endnotes: number[]): LinkView[] {
  const index = indexOf(pack);
  const seen = new Set<string>();
  const links: LinkView[] = [];
  for (const n of endnotes) {
    for (const link of index.endnotes.get(n)?.links ?? []) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      links.push({ title: link.title, url: link.url, endnote: n });
    }
  }
  return links;
}

/** Everything shown about one entry or document, or undefined for an id the pack does not hold. */
export function entryDetails(pack: Pack, id: string): EntryDetails | undefined {
  const index = indexOf(pack);
  const item = index.items.get(id);
  if (!item) return undefined;
  const doc = isDocument(item);
  const details: EntryDetails = {
    entryId: item.id,
    kind: doc ? 'document' : 'term',
    entryKind: doc ? 'document' : item.kind,
    label: item.label,
    aliases: [...new Set(item.aliases.map((a) => a.text))],
    definition: item.definition,
    passages: passagesFor(pack, item.paragraphs),
    links: linksFor(pack, item.endnotes),
    related: item.related.flatMap((rid) => {
      const other = index.items.get(rid);
      return other ? [{ id: other.id, label: other.label }] : [];
    }),
  };
  if (item.zh) details.zh = { hans: item.zh.hans, hant: item.zh.hant, pinyin: item.zh.pinyin };
  if (doc) Object.assign(details, { issuer: item.issuer, date: item.date, urls: [...item.urls] });
  return details;
}
