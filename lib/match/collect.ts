/**
 * The hot loop of matching. The text is normalised into reusable code-unit buffers (no string, no
 * per-call allocation: `normaliseUnits`), and one tight loop runs the automaton over them; each hit
 * becomes a candidate, a cue, or nothing, after the boundary, case and numeral rules, which read the
 * neighbouring units straight from the buffer. Context-dependent candidates are settled when their block
 * ends; blocks that hold 《, 号 or 號 are noted for the document-reference pass.
 *
 * Positions (`start`, `end`) are offsets in the normalised text, as the two-pass reference
 * (`reference-collect.ts`) gives them; `fused.test.ts` checks that both find the same.
 */
import { isNumeral, isWordChar } from '../text/chars';
import { normaliseUnits, type NormalisedUnits } from '../text/normalise';
import {
  FLAG_CASE,
  FLAG_CONTEXT,
  FLAG_NUMERAL,
  FLAG_SEGMENT,
  FLAG_WORD,
  TARGET_CUE,
  TARGET_EXCLUSION,
} from './patterns';
import { onWordBoundaries } from './segment';
import { BlockState } from './block-state';

export { BlockState };
import type { Candidate, RowTables } from './rows';

const NEWLINE = 0x0a;
const HYPHEN = 0x2d;

/**
 * True if an alias starting at raw offset `rawStart` is the tail of a hyphenated compound ('gyro-compass',
 * 'non-core'): a hyphen right before it, after a lower-case letter. Cue words are not asked ('US-China').
 */
export function hyphenPrefixed(raw: string, rawStart: number): boolean {
  if (rawStart < 2 || raw.charCodeAt(rawStart - 1) !== HYPHEN) return false;
  const c = raw.charCodeAt(rawStart - 2);
  return c >= 0x61 && c <= 0x7a;
}
/** Characters that may start or end an unknown document reference (《, 号, 號): their block is read again. */
const TITLE_OPEN = 0x300a;
const HAO = 0x53f7;
const HAO_TRADITIONAL = 0x865f;

export interface Collected {
  /** Candidates and settled context-dependent ones, in no particular order. */
  cands: Candidate[];
  /** Blocks that hold 《, 号 or 號, as (raw start, raw end, normalised start) triples. */
  docBlocks: number[];
}

/** Raw end of a unit read at raw offset `at`: past its low surrogate too, if it starts a pair. */
export function rawEndAt(raw: string, at: number): number {
  const code = raw.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < raw.length ? at + 2 : at + 1;
}

/** Buffers kept between calls (the matcher is not re-entered while it runs); very large ones are not kept. */
let scratch: NormalisedUnits | undefined;
const KEEP_UNITS = 1 << 20;

/** What the hit handler needs besides the loop's own variables. */
interface Run {
  t: RowTables;
  raw: string;
  units: Uint16Array;
  origin: Int32Array;
  length: number;
  cands: Candidate[];
  block: BlockState;
}

function accept(run: Run, row: number, c: Candidate): void {
  const target = c.target;
  if (target === TARGET_CUE) {
    run.block.cues.push(run.t.extra[row]!);
    return;
  }
  if (run.t.flags[row]! & FLAG_CONTEXT) {
    run.block.pending.push({ c, ctx: run.t.extra[row]! });
    return;
  }
  run.cands.push(c);
  if (target >= 0) run.block.entries.push(target);
}

/** Every key ending just before normalised position `end`, in state `s`, in a block starting at `blockStart`. */
function hits(run: Run, s: number, end: number, blockStart: number): void {
  const { t, units, origin, raw } = run;
  const { out, dict, keyLength } = t.automaton;
  const lastUnit = units[end - 1]!;
  // The unit after the hit; NEWLINE at the end of the text (neither a letter nor a numeral).
  const after = end < run.length ? units[end]! : NEWLINE;
  for (let at = out[s]! >= 0 ? s : dict[s]!; at !== 0; at = dict[at]!) {
    const key = out[at]!;
    const start = end - keyLength[key]!;
    const first = units[start]!;
    const before = start > blockStart ? units[start - 1]! : NEWLINE;
    for (let r = t.keyRowStart[key]!; r < t.keyRowStart[key + 1]!; r++) {
      const row = t.keyRows[r]!;
      const f = t.flags[row]!;
      if (f & FLAG_WORD) {
        if (isWordChar(before) && isWordChar(first)) continue;
        if (isWordChar(after) && isWordChar(lastUnit)) continue;
      }
      if (f & FLAG_NUMERAL) {
        if (isNumeral(first) && isNumeral(before)) continue;
        if (isNumeral(lastUnit) && isNumeral(after)) continue;
      }
      const rawStart = origin[start]!;
      const rawEnd = rawEndAt(raw, origin[end - 1]!);
      if (f & FLAG_CASE) {
        const written = raw.slice(rawStart, rawEnd).replace(/[^\p{L}\p{N}]/gu, '');
        if (written !== t.caseForms[row]) continue;
      }
      const target = t.target[row]!;
      if (f & FLAG_WORD && target >= 0 && hyphenPrefixed(raw, rawStart)) continue;
      if (f & FLAG_SEGMENT && !onWordBoundaries(raw, rawStart, rawEnd)) continue;
      const rank = target === TARGET_EXCLUSION ? 1e9 : row;
      accept(run, row, { start, end, target, rank, rawStart, rawEnd });
    }
  }
}

/** Candidates in `raw` ('\n' separates blocks), with normalised and raw spans. */
export function collectCandidates(t: RowTables, raw: string): Collected {
  const { classOf, classCount, dense, denseNext, hash, hashMask, fail, out, dict } = t.automaton;
  const norm = normaliseUnits(raw, scratch);
  if (norm.units.length <= KEEP_UNITS) scratch = norm;
  const { units, origin, length } = norm;
  const run: Run = { t, raw, units, origin, length, cands: [], block: new BlockState() };
  const docBlocks: number[] = [];
  let state = 0;
  let blockStart = 0;
  let docBlock = false;
  for (let i = 0; i < length; i++) {
    const unit = units[i]!;
    const cls = classOf[unit]!;
    if (unit >= TITLE_OPEN && (unit === TITLE_OPEN || unit === HAO || unit === HAO_TRADITIONAL))
      docBlock = true;
    if (cls === 0) {
      state = 0;
      if (unit === NEWLINE) {
        run.block.flush(t, run.cands);
        if (docBlock)
          docBlocks.push(blockStart > 0 ? origin[blockStart - 1]! + 1 : 0, origin[i]!, blockStart);
        docBlock = false;
        blockStart = i + 1;
      }
      continue;
    }
    // Deeper states: own edge from the hash, else follow the failure link, until a dense row answers.
    while (state > dense) {
      const key = state * classCount + cls;
      let next = -1;
      for (let h = (Math.imul(key, 0x9e3779b1) >>> 7) & hashMask; ; h = (h + 1) & hashMask) {
        const k = hash[2 * h]!;
        if (k === key) {
          next = hash[2 * h + 1]!;
          break;
        }
        if (k === -1) break;
      }
      if (next >= 0) {
        state = next;
        break;
      }
      state = fail[state]!;
    }
    if (state <= dense) {
      state = denseNext[state * classCount + cls]!;
      if (state === 0) continue;
    }
    if (out[state]! >= 0 || dict[state] !== 0) hits(run, state, i + 1, blockStart);
  }
  run.block.finish(t, run.cands);
  if (docBlock) docBlocks.push(blockStart > 0 ? origin[blockStart - 1]! + 1 : 0, raw.length, blockStart);
  return { cands: run.cands, docBlocks };
}
