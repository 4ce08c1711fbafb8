/**
 * Links the brief's own terms to their entries in the brief reader. The brief is our own, known text,
 * so a plain longest-leftmost search for the entries' English and Chinese aliases is enough;
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

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);

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
  const keys = [...byKey.keys()];

  return (text) => {
    const lower = text.toLowerCase();
    // Every place a key occurs with word boundaries (for Latin keys), then the longest leftmost ones win.
    const found: { start: number; end: number; candidates: Candidate[] }[] = [];
    for (const key of keys) {
      const candidates = byKey.get(key)!;
      for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
        const end = at + key.length;
        if (candidates[0]!.latin && (isWordChar(lower, at - 1) || isWordChar(lower, end))) continue;
        found.push({ start: at, end, candidates });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const segments: Segment[] = [];
    const linked = new Set<string>();
    let last = 0;
    for (const f of found) {
      if (f.start < last) continue;
      const written = text.slice(f.start, f.end);
      const candidate = f.candidates.find(
        (c) => (!c.caseSensitive || c.text === written) && !linked.has(c.entryId),
      );
      if (!candidate) continue;
      linked.add(candidate.entryId);
      if (f.start > last) segments.push({ text: text.slice(last, f.start) });
      segments.push({ text: written, entryId: candidate.entryId });
      last = f.end;
    }
    if (last < text.length) segments.push({ text: text.slice(last) });
    return segments;
  };
}
