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
  /** Longest key, in code units (the matcher keeps that much of the text it has read). */
  maxKey: number;
}

/** Lays the rows out for the matcher. */
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
    maxKey: automaton.keyLength.reduce((m, n) => Math.max(m, n), 0),
  };
}
