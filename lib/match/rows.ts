/**
 * The pattern rows laid out for the matcher's hot loop, and the candidate shape it produces.
 */
import type { Automaton } from './automaton';
import { TARGET_CUE, type CompiledPatterns } from './patterns';

/** A match in normalised offsets. Target: entry index, TARGET_EXCLUSION, or an unknown document. */
export interface Candidate {
  start: number;
  end: number;
  target: number;
  /** Lower wins among equal spans. */
  rank: number;
  /** The span in the raw text the candidate was found in. */
  rawStart: number;
  rawEnd: number;
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
  /** Per context: needs a cue at all (1), a China cue is enough (1), related entries, negative cues. */
  gated: Uint8Array;
  where: Uint8Array;
  related: Set<number>[];
  not: number[][];
}

/**
 * Lays the rows out for the matcher. Every content script does this once, in code the JIT has not
 * optimised yet: plain loops, no callbacks per row.
 */
export function rowTables(
  p: CompiledPatterns,
  keyIdOfRow: Int32Array,
  keyCount: number,
  automaton: Automaton,
): RowTables {
  const rows = p.rows;
  const n = rows.length;
  const counts = new Int32Array(keyCount + 1);
  for (let row = 0; row < n; row++) counts[keyIdOfRow[row]! + 1]!++;
  for (let k = 0; k < keyCount; k++) counts[k + 1]! += counts[k]!;
  const fill = counts.slice();
  const keyRows = new Int32Array(n);
  const target = new Int32Array(n);
  const flags = new Int32Array(n);
  const extra = new Int32Array(n);
  let cueCount = 0;
  for (let row = 0; row < n; row++) {
    keyRows[fill[keyIdOfRow[row]!]!++] = row;
    const r = rows[row]!;
    target[row] = r[1];
    flags[row] = r[2];
    extra[row] = r[3];
    if (r[1] === TARGET_CUE && r[3] + 1 > cueCount) cueCount = r[3] + 1;
  }
  const isChinaCue = new Uint8Array(cueCount + 1);
  for (const id of p.chinaCues) isChinaCue[id] = 1;
  return {
    automaton,
    keyRowStart: counts,
    keyRows,
    target,
    flags,
    extra,
    caseForms: p.caseForms,
    isChinaCue,
    contexts: p.contexts.map((ids) => new Set(ids)),
    // Tables of older revisions carry no rules: gated, and a China cue is enough, as they were.
    gated: Uint8Array.from(p.contexts, (_, i) => (p.rules ? p.rules[i]![0] : 1)),
    where: Uint8Array.from(p.contexts, (_, i) => (p.rules ? p.rules[i]![1] : 1)),
    related: p.contexts.map((_, i) => new Set(p.rules ? p.rules[i]![2] : [])),
    not: p.contexts.map((_, i) => (p.rules ? p.rules[i]![3] : [])),
  };
}
