/**
 * Pure text matching: normalise, run the automaton once, apply boundary, case, numeral, exclusion and
 * context rules, add unknown document references, and keep the longest non-overlapping matches.
 * Offsets in and out are offsets of the raw text given ('\n' separates blocks).
 */
import { isNumeral, isWordChar } from '../text/chars';
import { normalise, renderedText, type Normalised } from '../text/normalise';
import { buildAutomaton, scanAutomaton, type Automaton } from './automaton';
import { findDocumentSpans } from './documents';
import {
  FLAG_CASE,
  FLAG_CONTEXT,
  FLAG_NUMERAL,
  FLAG_WORD,
  TARGET_CUE,
  TARGET_EXCLUSION,
  asCompiledPatterns,
  type CompiledPatterns,
} from './patterns';
import type { Mention, PatternTable, TableEntry } from './types';

/** A match in normalised offsets. Target: entry index, TARGET_EXCLUSION, or UNKNOWN_DOCUMENT. */
interface Candidate {
  start: number;
  end: number;
  target: number;
  /** Lower wins among equal spans. */
  rank: number;
}

const UNKNOWN_DOCUMENT = -3;

export interface Matcher {
  entries: TableEntry[];
  patterns: CompiledPatterns;
  automaton: Automaton;
  /** Mentions in `raw`, in text order (offsets into `raw`). */
  matchText(raw: string): Mention[];
}

/** Key ids of the automaton → the pattern rows that share that key. */
function groupRows(p: CompiledPatterns): { keys: string[]; rowsOfKey: number[][] } {
  const keyIds = new Map<string, number>();
  const rowsOfKey: number[][] = [];
  p.rows.forEach(([key], row) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(key, id);
      rowsOfKey.push([]);
    }
    rowsOfKey[id]!.push(row);
  });
  return { keys: [...keyIds.keys()], rowsOfKey };
}

/** Index of the block holding normalised offset `pos`: the number of separators before it. */
function blockAt(separators: number[], pos: number): number {
  let lo = 0;
  let hi = separators.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (separators[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function boundaryOk(text: string, start: number, end: number, flags: number): boolean {
  if (flags & FLAG_WORD) {
    if (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) return false;
    if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) return false;
  }
  if (flags & FLAG_NUMERAL) {
    if (start > 0 && isNumeral(text.charCodeAt(start)) && isNumeral(text.charCodeAt(start - 1))) return false;
    if (end < text.length && isNumeral(text.charCodeAt(end - 1)) && isNumeral(text.charCodeAt(end))) return false;
  }
  return true;
}

/** Raw end offset of normalised [.., end): just past the source character of the last matched unit. */
function rawEnd(raw: string, norm: Normalised, end: number): number {
  const at = norm.origin[end - 1]!;
  const code = raw.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < raw.length ? at + 2 : at + 1;
}

/** Keeps the longest candidates that do not overlap a longer one; returns them in text order. */
export function resolveOverlaps<T extends { start: number; end: number; rank: number }>(cands: T[], size: number): T[] {
  if (cands.length <= 1) return cands;
  const order = cands.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.rank - b.rank);
  const taken = new Uint8Array(size + 1);
  const kept: T[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Builds a matcher from a compiled pattern table (run once per page). */
export function createMatcher(table: PatternTable): Matcher {
  const patterns = asCompiledPatterns(table.patterns);
  const { keys, rowsOfKey } = groupRows(patterns);
  const automaton = buildAutomaton(keys);
  // Traditional characters read as their simplified twins: same class, so no extra pass over the page.
  const fold = patterns.fold ?? '';
  for (let i = 0; i + 1 < fold.length; i += 2) {
    const cls = automaton.classOf[fold.charCodeAt(i + 1)]!;
    if (cls !== 0 && automaton.classOf[fold.charCodeAt(i)] === 0) automaton.classOf[fold.charCodeAt(i)] = cls;
  }
  const chinaCues = new Set(patterns.chinaCues);
  const contexts = patterns.contexts.map((ids) => new Set(ids));

  const collect = (norm: Normalised, raw: string, separators: number[]): Candidate[] => {
    const text = norm.text;
    const cands: Candidate[] = [];
    const cuesByBlock = new Map<number, Set<number>>();
    const entriesByBlock = new Map<number, Set<number>>();
    const pending: { c: Candidate; ctx: number; block: number }[] = [];
    scanAutomaton(automaton, text, 0, text.length, (keyId, end) => {
      const start = end - automaton.keyLength[keyId]!;
      for (const row of rowsOfKey[keyId]!) {
        const [, target, flags, extra] = patterns.rows[row]!;
        if (!boundaryOk(text, start, end, flags)) continue;
        if (flags & FLAG_CASE) {
          const written = raw.slice(norm.origin[start], rawEnd(raw, norm, end)).replace(/[^\p{L}\p{N}]/gu, '');
          if (written !== patterns.caseForms[row]) continue;
        }
        const block = blockAt(separators, start);
        if (target === TARGET_CUE) {
          let set = cuesByBlock.get(block);
          if (!set) cuesByBlock.set(block, (set = new Set()));
          set.add(extra);
          continue;
        }
        const c: Candidate = { start, end, target, rank: target === TARGET_EXCLUSION ? 1e9 : row };
        if (flags & FLAG_CONTEXT) {
          pending.push({ c, ctx: extra, block });
          continue;
        }
        cands.push(c);
        if (target >= 0) {
          let set = entriesByBlock.get(block);
          if (!set) entriesByBlock.set(block, (set = new Set()));
          set.add(target);
        }
      }
    });
    for (const { c, ctx, block } of pending) {
      const cues = cuesByBlock.get(block);
      const own = contexts[ctx];
      const cued = cues ? [...cues].some((id) => chinaCues.has(id) || own?.has(id)) : false;
      const others = entriesByBlock.get(block);
      const accompanied = others ? [...others].some((t) => t !== c.target) : false;
      if (cued || accompanied) cands.push(c);
    }
    return cands;
  };

  const addDocuments = (text: string, cands: Candidate[]): void => {
    for (const span of findDocumentSpans(text)) {
      // A pack document whose alias is exactly the title claims the whole 《…》.
      const known = cands.find(
        (c) => c.start === span.innerStart && c.end === span.innerEnd && c.target >= 0 && table.entries[c.target]?.kind === 'document',
      );
      const target = known ? known.target : UNKNOWN_DOCUMENT;
      cands.push({ start: span.start, end: span.end, target, rank: known ? -1 : 1e8 });
    }
  };

  const matchText = (raw: string): Mention[] => {
    if (raw.length === 0) return [];
    const norm = normalise(raw);
    const text = norm.text;
    const separators: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) separators.push(i);
    const cands = collect(norm, raw, separators);
    addDocuments(text, cands);
    const mentions: Mention[] = [];
    for (const c of resolveOverlaps(cands, text.length)) {
      if (c.target === TARGET_EXCLUSION) continue;
      const start = norm.origin[c.start]!;
      const end = rawEnd(raw, norm, c.end);
      const shown = renderedText(raw.slice(start, end));
      const entry = c.target >= 0 ? table.entries[c.target] : undefined;
      const mention: Mention = entry
        ? { entryId: entry.id, kind: entry.kind, label: entry.label, text: shown, start, end }
        : { entryId: null, kind: 'document', label: shown, text: shown, start, end };
      if (entry?.zh) mention.zh = entry.zh;
      mentions.push(mention);
    }
    return mentions;
  };

  return { entries: table.entries, patterns, automaton, matchText };
}
