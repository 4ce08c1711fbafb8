/**
 * Links that cite the brief's sources: an `<a href>` whose address is an endnote's (or a pack
 * document's official address) is reported as a document mention over the link's text, and wins over
 * terms inside that text.
 */
import type { TextIndex } from '../text/text-index';
import { renderedText } from '../text/normalise';
import type { CompiledPatterns, UrlRow } from './patterns';
import type { Mention, TableEntry } from './types';
import { normaliseUrl } from './urls';

/** Looks up citing links by normalised address. */
export function createCitationLookup(patterns: CompiledPatterns): Map<string, UrlRow> {
  return new Map(patterns.urls.map((row) => [row[0], row]));
}

function baseOf(root: Node): string | undefined {
  try {
    const base = root.baseURI ?? root.ownerDocument?.baseURI;
    return base && /^https?:/.test(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** Citation mentions for the index's links, in text order. */
export function findCitations(index: TextIndex, urls: Map<string, UrlRow>, entries: TableEntry[]): Mention[] {
  if (urls.size === 0 || index.links.length === 0) return [];
  const base = baseOf(index.root);
  const out: Mention[] = [];
  for (const link of index.links) {
    const row = urls.get(normaliseUrl(link.href, base));
    if (!row) continue;
    const text = renderedText(index.text.slice(link.start, link.end));
    if (!text) continue;
    const [, target, endnote, title] = row;
    const entry = target >= 0 ? entries[target] : undefined;
    const mention: Mention = entry
      ? { entryId: entry.id, kind: 'document', label: entry.label, text, start: link.start, end: link.end }
      : { entryId: null, kind: 'document', label: title || text, text, start: link.start, end: link.end };
    if (entry?.zh) mention.zh = entry.zh;
    if (endnote > 0) mention.endnote = endnote;
    out.push(mention);
  }
  return out;
}

/** Merges citations into text mentions: a citation replaces the mentions its link text overlaps. */
export function mergeCitations(mentions: Mention[], citations: Mention[]): Mention[] {
  if (citations.length === 0) return mentions;
  const kept = mentions.filter((m) => !citations.some((c) => m.start < c.end && c.start < m.end));
  return [...kept, ...citations].sort((a, b) => a.start - b.start);
}
