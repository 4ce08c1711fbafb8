/**
 * The reference matcher: the same rules as `collect.ts`, written the plain way, in two passes (normalise
 * the whole text, then run the automaton over it). Only tests import it: the fused matcher the product
 * ships must find exactly what this finds (`fused.test.ts`).
 */
import { isNumeral, isWordChar } from '../text/chars';
import { normalise, type Normalised } from '../text/normalise';
import { scanAutomaton } from './automaton';
import { BlockState, hyphenPrefixed, rawEndAt } from './collect';
import { onWordBoundaries } from './segment';
import { localAcronyms } from './acronyms';
import { findDocumentSpans } from './documents';
import { resolveOverlaps, toMention } from './matcher';
import {
  FLAG_CASE,
  FLAG_CONTEXT,
  FLAG_NUMERAL,
  FLAG_SEGMENT,
  FLAG_WORD,
  TARGET_CUE,
  TARGET_EXCLUSION,
} from './patterns';
import type { Candidate, RowTables } from './rows';
import type { Mention, TableEntry } from './types';

function boundaryOk(text: string, start: number, end: number, flags: number): boolean {
  if (flags & FLAG_WORD) {
    if (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start)))
      return false;
    if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1)))
      return false;
  }
  if (flags & FLAG_NUMERAL) {
    if (start > 0 && isNumeral(text.charCodeAt(start)) && isNumeral(text.charCodeAt(start - 1))) return false;
    if (end < text.length && isNumeral(text.charCodeAt(end - 1)) && isNumeral(text.charCodeAt(end)))
      return false;
  }
  return true;
}

/** Raw end offset of normalised [.., end): just past the source character of the last matched unit. */
function rawEnd(raw: string, norm: Normalised, end: number): number {
  return rawEndAt(raw, norm.origin[end - 1]!);
}

/** Candidates (and settled context-dependent ones) for a normalised text, in no particular order. */
export function collectCandidates(t: RowTables, norm: Normalised, raw: string): Candidate[] {
  const text = norm.text;
  const out: Candidate[] = [];
  const block = new BlockState();
  let blockEnd = text.indexOf('\n');
  if (blockEnd < 0) blockEnd = text.length;
  scanAutomaton(t.automaton, text, 0, text.length, (keyId, end) => {
    if (end > blockEnd) {
      block.flush(t, out);
      blockEnd = text.indexOf('\n', end - 1);
      if (blockEnd < 0) blockEnd = text.length;
    }
    const start = end - t.automaton.keyLength[keyId]!;
    for (let i = t.keyRowStart[keyId]!; i < t.keyRowStart[keyId + 1]!; i++) {
      const row = t.keyRows[i]!;
      const flags = t.flags[row]!;
      if (flags !== 0 && !boundaryOk(text, start, end, flags)) continue;
      if (flags & FLAG_CASE) {
        const written = raw.slice(norm.origin[start], rawEnd(raw, norm, end)).replace(/[^\p{L}\p{N}]/gu, '');
        if (written !== t.caseForms[row]) continue;
      }
      const target = t.target[row]!;
      const rawStart = norm.origin[start]!;
      if (flags & FLAG_WORD && target >= 0 && hyphenPrefixed(raw, rawStart)) continue;
      if (flags & FLAG_SEGMENT && !onWordBoundaries(raw, rawStart, rawEnd(raw, norm, end))) continue;
      if (target === TARGET_CUE) {
        block.cues.push(t.extra[row]!);
        continue;
      }
      const c: Candidate = {
        start,
        end,
        target,
        rank: target === TARGET_EXCLUSION ? 1e9 : row,
        rawStart: norm.origin[start]!,
        rawEnd: rawEnd(raw, norm, end),
      };
      if (flags & FLAG_CONTEXT) {
        block.pending.push({ c, ctx: t.extra[row]! });
        continue;
      }
      out.push(c);
      if (target >= 0) block.entries.push(target);
    }
  });
  block.finish(t, out);
  return out;
}

/** The mentions in `raw`, the plain way: normalise it all, scan it, then read document references line by line. */
export function referenceMatchText(t: RowTables, entries: TableEntry[], raw: string): Mention[] {
  if (raw.length === 0) return [];
  const norm = normalise(raw);
  const cands = collectCandidates(t, norm, raw);
  const documentAt = new Map<number, Candidate>();
  for (const c of cands) {
    if (c.target >= 0 && entries[c.target]?.kind === 'document')
      documentAt.set(c.start * 65536 + (c.end - c.start), c);
  }
  let lineStart = 0;
  for (const line of norm.text.split('\n')) {
    for (const span of findDocumentSpans(line)) {
      const known = documentAt.get((lineStart + span.innerStart) * 65536 + (span.innerEnd - span.innerStart));
      const start = lineStart + span.start;
      const end = lineStart + span.end;
      cands.push({
        start,
        end,
        target: known ? known.target : -3,
        rank: known ? -1 : 1e8,
        rawStart: norm.origin[start]!,
        rawEnd: rawEnd(raw, norm, end),
      });
    }
    lineStart += line.length + 1;
  }
  const mentions = resolveOverlaps(cands)
    .filter((c) => c.target !== TARGET_EXCLUSION)
    .map((c) => toMention(raw, c, entries));
  // Page-defined acronyms are read from the mentions, the same way in both matchers.
  return localAcronyms(raw, mentions);
}
