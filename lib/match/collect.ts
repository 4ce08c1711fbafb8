/**
 * The hot loop of matching: every automaton hit becomes a candidate, a cue, or nothing, after the
 * boundary, case and numeral rules; context-dependent candidates are settled when their block ends
 * (hits arrive in text order, and a match never crosses a block separator).
 */
import { isNumeral, isWordChar } from '../text/chars';
import type { Normalised } from '../text/normalise';
import { scanAutomaton, type Automaton } from './automaton';
import {
  FLAG_CASE,
  FLAG_CONTEXT,
  FLAG_NUMERAL,
  FLAG_WORD,
  TARGET_CUE,
  TARGET_EXCLUSION,
  type CompiledPatterns,
} from './patterns';

/** A match in normalised offsets. Target: entry index, TARGET_EXCLUSION, or an unknown document. */
export interface Candidate {
  start: number;
  end: number;
  target: number;
  /** Lower wins among equal spans. */
  rank: number;
}

/** The pattern rows in the shape the hot loop reads. */
export interface RowTables {
  automaton: Automaton;
  /** Key id → first row, and the rows sharing that key (CSR layout). */
  keyRowStart: Int32Array;
  keyRows: Int32Array;
  target: Int32Array;
  flags: Int32Array;
  extra: Int32Array;
  caseForms: Record<number, string>;
  isChinaCue: Uint8Array;
  contexts: Set<number>[];
}

/** Lays the rows out for `collectCandidates`. */
export function rowTables(
  p: CompiledPatterns,
  keyIdOfRow: Int32Array,
  keyCount: number,
  automaton: Automaton,
): RowTables {
  const counts = new Int32Array(keyCount + 1);
  for (const k of keyIdOfRow) counts[k + 1]!++;
  for (let k = 0; k < keyCount; k++) counts[k + 1]! += counts[k]!;
  const fill = counts.slice();
  const keyRows = new Int32Array(p.rows.length);
  keyIdOfRow.forEach((k, row) => (keyRows[fill[k]!++] = row));
  let cueCount = 0;
  for (const [, target, , extra] of p.rows)
    if (target === TARGET_CUE) cueCount = Math.max(cueCount, extra + 1);
  const isChinaCue = new Uint8Array(cueCount + 1);
  for (const id of p.chinaCues) isChinaCue[id] = 1;
  return {
    automaton,
    keyRowStart: counts,
    keyRows,
    target: Int32Array.from(p.rows, (r) => r[1]),
    flags: Int32Array.from(p.rows, (r) => r[2]),
    extra: Int32Array.from(p.rows, (r) => r[3]),
    caseForms: p.caseForms,
    isChinaCue,
    contexts: p.contexts.map((ids) => new Set(ids)),
  };
}

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
export function rawEnd(raw: string, norm: Normalised, end: number): number {
  const at = norm.origin[end - 1]!;
  const code = raw.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < raw.length ? at + 2 : at + 1;
}

/** Per-block state for the context rule. */
class BlockState {
  cues: number[] = [];
  entries: number[] = [];
  pending: { c: Candidate; ctx: number }[] = [];

  /** Settles the block's context-dependent candidates into `out` and resets. */
  flush(t: RowTables, out: Candidate[]): void {
    for (const { c, ctx } of this.pending) {
      const own = t.contexts[ctx];
      const cued = this.cues.some((id) => t.isChinaCue[id] === 1 || own?.has(id));
      if (cued || this.entries.some((e) => e !== c.target)) out.push(c);
    }
    if (this.pending.length) this.pending = [];
    if (this.cues.length) this.cues = [];
    if (this.entries.length) this.entries = [];
  }
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
      if (target === TARGET_CUE) {
        block.cues.push(t.extra[row]!);
        continue;
      }
      const c: Candidate = { start, end, target, rank: target === TARGET_EXCLUSION ? 1e9 : row };
      if (flags & FLAG_CONTEXT) {
        block.pending.push({ c, ctx: t.extra[row]! });
        continue;
      }
      out.push(c);
      if (target >= 0) block.entries.push(target);
    }
  });
  block.flush(t, out);
  return out;
}
