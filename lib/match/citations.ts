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

/** Host of an absolute or protocol-relative address without `www.`; the base's host for relative ones. */
function hostOf(href: string, baseHost: string): string {
  const m = /^\s*(?:https?:)?\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(href);
  if (m) return m[1]!.toLowerCase().replace(/^www\./, '');
  return /^\s*[a-z][a-z0-9+.-]*:/i.test(href) ? '' : baseHost;
}

/** Citation mentions for the index's links, in text order. */
export function findCitations(index: TextIndex, urls: Map<string, UrlRow>, entries: TableEntry[]): Mention[] {
  if (urls.size === 0 || index.links.length === 0) return [];
  const base = baseOf(index.root);
  const baseHost = base ? hostOf(base, '') : '';
  // Parsing every link of a large page is costly; only links to a host the endnotes cite are parsed.
  const hosts = new Set([...urls.keys()].map((u) => u.split(/[/:?]/)[0]!));
  const out: Mention[] = [];
  for (const link of index.links) {
    const href = link.element.getAttribute('href');
    if (href === null || !hosts.has(hostOf(href, baseHost))) continue;
    const row = urls.get(normaliseUrl(href, base));
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
  // Both lists are in text order: one merge pass drops the mentions a citation overlaps.
  const kept: Mention[] = [];
  let ci = 0;
  for (const m of mentions) {
    while (ci < citations.length && citations[ci]!.end <= m.start) ci++;
    const c = citations[ci];
    if (!c || !(m.start < c.end && c.start < m.end)) kept.push(m);
  }
  return [...kept, ...citations].sort((a, b) => a.start - b.start);
}
