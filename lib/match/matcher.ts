/**
 * Pure text matching: one fused pass that normalises, runs the automaton and applies the boundary, case,
 * numeral, exclusion and context rules (collect.ts); then unknown document references in the blocks that
 * may hold one, and the longest non-overlapping matches. Offsets in and out are offsets of the raw text
 * given ('\n' separates blocks).
 */
import { normalise, renderedText } from '../text/normalise';
import type { Automaton } from './automaton';
import { buildFromRows, decodeAutomaton } from './compiled';
import { collectCandidates, rawEndAt } from './collect';
import { rowTables, type Candidate, type RowTables } from './rows';
import { findDocumentSpans } from './documents';
import { createCitationLookup, findCitations } from './citations';
import { localAcronyms } from './acronyms';
import type { TextIndex } from '../text/text-index';
import { TARGET_EXCLUSION, asCompiledPatterns, type CompiledPatterns } from './patterns';
import type { Mention, PatternTable, TableEntry } from './types';

const UNKNOWN_DOCUMENT = -3;

export interface Matcher {
  entries: TableEntry[];
  patterns: CompiledPatterns;
  automaton: Automaton;
  tables: RowTables;
  /** Whether the automaton was decoded from the table's compiled form (else built from its rows). */
  decoded: boolean;
  /** Mentions in `raw`, in text order (offsets into `raw`). */
  matchText(raw: string): Mention[];
  /** Links in an index that cite an endnote's or a pack document's address, as document mentions. */
  citations(index: TextIndex): Mention[];
}

/** Longest first within one cluster of overlapping candidates. */
function resolveCluster<T extends { start: number; end: number; rank: number }>(group: T[], kept: T[]): void {
  const order = group
    .slice()
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.rank - b.rank);
  const chosen: T[] = [];
  for (const c of order) {
    if (chosen.every((k) => c.end <= k.start || k.end <= c.start)) chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  for (const c of chosen) kept.push(c);
}

/** Keeps the longest candidates that do not overlap a longer one; returns them in text order. */
export function resolveOverlaps<T extends { start: number; end: number; rank: number }>(cands: T[]): T[] {
  if (cands.length <= 1) return cands;
  // Most candidates overlap nothing: sort by start, and settle only the clusters that overlap.
  const sorted = cands.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let group: T[] = [sorted[0]!];
  let groupEnd = sorted[0]!.end;
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i]!;
    if (c.start < groupEnd) {
      group.push(c);
      if (c.end > groupEnd) groupEnd = c.end;
      continue;
    }
    if (group.length === 1) kept.push(group[0]!);
    else resolveCluster(group, kept);
    group = [c];
    groupEnd = c.end;
  }
  if (group.length === 1) kept.push(group[0]!);
  else resolveCluster(group, kept);
  return kept;
}

/** Builds a matcher from a compiled pattern table (run once per page). */
export function createMatcher(table: PatternTable): Matcher {
  const patterns = asCompiledPatterns(table.patterns);
  // The automaton compiled with the table, where it is there and belongs to these rows; else built here.
  const decoded = decodeAutomaton(table.compiled, patterns);
  const { automaton, keyIdOfRow } = decoded ?? buildFromRows(patterns);
  const tables = rowTables(patterns, keyIdOfRow, automaton.keyLength.length, automaton);

  const matchText = (raw: string): Mention[] => {
    if (raw.length === 0) return [];
    const { cands, docBlocks } = collectCandidates(tables, raw);
    addDocuments(raw, docBlocks, cands, table.entries);
    const mentions: Mention[] = [];
    for (const c of resolveOverlaps(cands)) {
      if (c.target === TARGET_EXCLUSION) continue;
      mentions.push(toMention(raw, c, table.entries));
    }
    return localAcronyms(raw, mentions);
  };

  const urls = createCitationLookup(patterns);
  const citations = (index: TextIndex): Mention[] => findCitations(index, urls, table.entries);

  return {
    entries: table.entries,
    patterns,
    automaton,
    tables,
    decoded: decoded !== null,
    matchText,
    citations,
  };
}

/** Adds unknown document references (and pack documents claiming a whole 《…》) from the blocks that may hold them. */
export function addDocuments(
  raw: string,
  docBlocks: number[],
  cands: Candidate[],
  entries: TableEntry[],
): void {
  let documentAt: Map<number, Candidate> | null = null;
  for (let b = 0; b < docBlocks.length; b += 3) {
    const rawStart = docBlocks[b]!;
    const slice = raw.slice(rawStart, docBlocks[b + 1]);
    // A block normalises the same alone as inside the text: its start is at the start of a line.
    const norm = normalise(slice);
    const spans = findDocumentSpans(norm.text);
    if (spans.length === 0) continue;
    const at = docBlocks[b + 2]!;
    if (!documentAt) {
      // A pack document whose alias is exactly the title claims the whole 《…》.
      documentAt = new Map();
      for (const c of cands) {
        if (c.target >= 0 && entries[c.target]?.kind === 'document')
          documentAt.set(c.start * 65536 + (c.end - c.start), c);
      }
    }
    for (const span of spans) {
      const known = documentAt.get((at + span.innerStart) * 65536 + (span.innerEnd - span.innerStart));
      cands.push({
        start: at + span.start,
        end: at + span.end,
        target: known ? known.target : UNKNOWN_DOCUMENT,
        rank: known ? -1 : 1e8,
        rawStart: rawStart + norm.origin[span.start]!,
        rawEnd: rawStart + rawEndAt(slice, norm.origin[span.end - 1]!),
      });
    }
  }
}

/** The mention a kept candidate stands for. */
export function toMention(raw: string, c: Candidate, entries: TableEntry[]): Mention {
  const start = c.rawStart;
  const end = c.rawEnd;
  const shown = renderedText(raw.slice(start, end));
  const entry = c.target >= 0 ? entries[c.target] : undefined;
  const mention: Mention = entry
    ? { entryId: entry.id, kind: entry.kind, label: entry.label, text: shown, start, end }
    : { entryId: null, kind: 'document', label: shown, text: shown, start, end };
  if (entry?.zh) mention.zh = entry.zh;
  return mention;
}
