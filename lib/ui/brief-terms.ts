/**
 * Links the brief's own terms to their entries in the brief reader. The brief is our own, known text,
 * so a plain longest-first regular expression over the entries' English and Chinese aliases is enough;
 * the page matcher's context and exclusion rules exist for other people's pages.
 */
import type { Entry, PackDocument } from '../pack/types';

export interface Segment {
  text: string;
  /** The entry or document this stretch of text names, if any. */
  entryId?: string;
}

/** English aliases shorter than this are acronyms or ordinary words too often to link in running text. */
const MIN_EN_LENGTH = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Candidate {
  text: string;
  entryId: string;
  caseSensitive: boolean;
  latin: boolean;
}

/** Builds a function that splits a paragraph into plain text and linked terms (first mention of each). */
export function buildTermLinker(targets: readonly (Entry | PackDocument)[]): (text: string) => Segment[] {
  const byKey = new Map<string, Candidate[]>();
  for (const target of targets) {
    const forms = [{ text: target.label, lang: 'en', caseSensitive: false }, ...target.aliases];
    for (const f of forms) {
      if (f.lang === 'pinyin') continue;
      const latin = !/\p{Script=Han}/u.test(f.text);
      if (latin && f.text.length < MIN_EN_LENGTH) continue;
      const key = f.text.toLowerCase();
      const list = byKey.get(key) ?? [];
      list.push({ text: f.text, entryId: target.id, caseSensitive: f.caseSensitive === true, latin });
      byKey.set(key, list);
    }
  }
  if (byKey.size === 0) return (text) => [{ text }];
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
  const alternation = keys
    .map((k) => (byKey.get(k)![0]!.latin ? `(?<![\\p{L}\\p{N}])${escape(k)}(?![\\p{L}\\p{N}])` : escape(k)))
    .join('|');
  const pattern = new RegExp(alternation, 'giu');

  return (text) => {
    const segments: Segment[] = [];
    const linked = new Set<string>();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const found = m[0];
      const candidate = byKey
        .get(found.toLowerCase())
        ?.find((c) => (!c.caseSensitive || c.text === found) && !linked.has(c.entryId));
      if (!candidate) continue;
      linked.add(candidate.entryId);
      if (m.index > last) segments.push({ text: text.slice(last, m.index) });
      segments.push({ text: found, entryId: candidate.entryId });
      last = m.index + found.length;
    }
    if (last < text.length) segments.push({ text: text.slice(last) });
    return segments;
  };
}
