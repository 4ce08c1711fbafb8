/**
 * The automaton compiled once, with the table (`compileTable`), and only decoded in the content script.
 * Building it from the rows costs a cold content script most of its setup; decoding is a base64 decode
 * and typed-array views on one buffer.
 *
 * The blob: a header of 32-bit words, then sections each padded to 4 bytes: the non-zero classes of
 * `classOf` as (code unit, class) pairs, `denseNext`, `hash`, `fail`, `out`, `dict`, `keyLength` and the
 * key id of each row. Every length follows from the header, so a blob whose size does not add up, whose
 * checksum differs, or whose digest is not that of the table's rows is not used: the matcher builds
 * from the rows instead.
 */
import { assembleAutomaton, buildAutomatonParts, type Automaton } from './automaton';
import type { CompiledPatterns } from './patterns';

/** Bump when the blob's layout or the automaton's construction changes. */
export const COMPILED_FORMAT = 1;

/** The compiled automaton as it travels inside the PatternTable (JSON values only). */
export interface CompiledAutomaton {
  format: number;
  /** Digest of the rows' keys and the script fold the automaton was built from. */
  digest: string;
  /** The blob, base64. */
  data: string;
}

/** The automaton for a table's rows, the key id of each row, and the trie's shape (to encode it). */
export interface BuiltAutomaton {
  automaton: Automaton;
  keyIdOfRow: Int32Array;
  edgeClass: Uint16Array;
  childCount: Uint16Array | Int32Array;
}

const MAGIC = 0x424c4131; // 'BLA1'
const HEADER_WORDS = 11;

/** Distinct keys for the automaton, and the key id of each row. */
export function groupRows(p: CompiledPatterns): { keys: string[]; keyIdOfRow: Int32Array } {
  const keyIds = new Map<string, number>();
  const keyIdOfRow = new Int32Array(p.rows.length);
  for (let row = 0; row < p.rows.length; row++) {
    const key = p.rows[row]![0];
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(key, id);
    }
    keyIdOfRow[row] = id;
  }
  return { keys: [...keyIds.keys()], keyIdOfRow };
}

/** Builds the automaton from the rows, with traditional characters folded onto their simplified class. */
export function buildFromRows(patterns: CompiledPatterns, denseBytes?: number): BuiltAutomaton {
  const { keys, keyIdOfRow } = groupRows(patterns);
  const { automaton, edgeClass, childCount } = buildAutomatonParts(keys, denseBytes);
  // Traditional characters read as their simplified twins: same class, so no extra pass over the page.
  const fold = patterns.fold ?? '';
  for (let i = 0; i + 1 < fold.length; i += 2) {
    const cls = automaton.classOf[fold.charCodeAt(i + 1)]!;
    if (cls !== 0 && automaton.classOf[fold.charCodeAt(i)] === 0) automaton.classOf[fold.charCodeAt(i)] = cls;
  }
  return { automaton, keyIdOfRow, edgeClass, childCount };
}

/**
 * A digest of the rows the automaton was built from: per row its key's length and three of its code
 * units, and the fold. It tells a blob from another table's at the cost of one step per row (hashing
 * every character cost a cold content script more than the rest of decoding).
 */
export function rowsDigest(patterns: CompiledPatterns): string {
  let h = 0x811c9dc5;
  const rows = patterns.rows;
  for (let r = 0; r < rows.length; r++) {
    const key = rows[r]![0];
    const n = key.length;
    h = Math.imul(h ^ n, 0x01000193);
    if (n === 0) continue;
    h = Math.imul(h ^ key.charCodeAt(0), 0x01000193);
    h = Math.imul(h ^ key.charCodeAt(n >> 1), 0x01000193);
    h = Math.imul(h ^ key.charCodeAt(n - 1), 0x01000193);
  }
  const fold = patterns.fold ?? '';
  h = Math.imul(h ^ fold.length, 0x01000193);
  return `${(h >>> 0).toString(16)}:${rows.length}`;
}

/** FNV-1a over the blob's words, header included, but for the last header word that holds it. */
function checksum(words: Int32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++)
    h = Math.imul(h ^ (i === HEADER_WORDS - 1 ? 0 : words[i]!), 0x01000193);
  return h | 0;
}

const pad4 = (bytes: number): number => (bytes + 3) & ~3;

type Section = Uint16Array | Int16Array | Int32Array;

function maxOf(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

/** The compiled form of a built automaton. */
export function encodeAutomaton(built: BuiltAutomaton, digest: string): CompiledAutomaton {
  const a = built.automaton;
  const states = a.fail.length;
  const keyCount = a.keyLength.length;
  let pairs = 0;
  for (let c = 0; c < a.classOf.length; c++) if (a.classOf[c] !== 0) pairs++;
  const classPairs = new Uint16Array(2 * pairs);
  for (let c = 0, j = 0; c < a.classOf.length; c++) {
    if (a.classOf[c] !== 0) {
      classPairs[j++] = c;
      classPairs[j++] = a.classOf[c]!;
    }
  }
  // Two bytes a number where every value fits (they do for packs of tens of thousands of states).
  const narrow =
    states <= 0x10000 &&
    keyCount <= 0x7fff &&
    maxOf(built.childCount) <= 0xffff &&
    maxOf(a.keyLength) <= 0xffff
      ? 1
      : 0;
  const sections: Section[] = [
    classPairs,
    narrow ? Uint16Array.from(a.fail) : a.fail,
    narrow ? Int16Array.from(a.out) : a.out,
    built.edgeClass,
    narrow ? Uint16Array.from(built.childCount) : built.childCount,
    narrow ? Uint16Array.from(a.keyLength) : a.keyLength,
    narrow ? Uint16Array.from(built.keyIdOfRow) : built.keyIdOfRow,
  ];
  let size = HEADER_WORDS * 4;
  for (const section of sections) size += pad4(section.byteLength);
  const buffer = new ArrayBuffer(size);
  const header = new Int32Array(buffer, 0, HEADER_WORDS);
  header.set([
    MAGIC,
    COMPILED_FORMAT,
    a.classCount,
    a.dense,
    states,
    keyCount,
    built.keyIdOfRow.length,
    pairs,
    narrow,
    a.hashMask,
  ]);
  let at = HEADER_WORDS * 4;
  for (const section of sections) {
    const bytes = new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
    new Uint8Array(buffer, at, section.byteLength).set(bytes);
    at += pad4(section.byteLength);
  }
  const words = new Int32Array(buffer);
  words[HEADER_WORDS - 1] = checksum(words);
  return { format: COMPILED_FORMAT, digest, data: toBase64(new Uint8Array(buffer)) };
}

/** The automaton of a compiled blob, or null where the blob is not this format or does not add up. */
export function decodeAutomaton(compiled: unknown, patterns: CompiledPatterns): BuiltAutomaton | null {
  const c = compiled as Partial<CompiledAutomaton> | null | undefined;
  if (!c || c.format !== COMPILED_FORMAT || typeof c.data !== 'string' || c.digest !== rowsDigest(patterns))
    return null;
  const bytes = fromBase64(c.data);
  if (!bytes || bytes.byteLength < HEADER_WORDS * 4 || bytes.byteLength % 4 !== 0 || bytes.byteOffset % 4)
    return null;
  const buffer = bytes.buffer;
  const base = bytes.byteOffset;
  const h = new Int32Array(buffer, base, HEADER_WORDS);
  const [magic, format, classCount, dense, states, keyCount, rowCount, pairs, narrow, hashMask] = h;
  if (magic !== MAGIC || format !== COMPILED_FORMAT || rowCount !== patterns.rows.length) return null;
  if (!(classCount! >= 1 && classCount! <= 0x10000 && states! >= 1 && dense! >= 0 && dense! < states!))
    return null;
  if (!(pairs! >= 0 && pairs! <= 0x10000 && keyCount! >= 0 && keyCount! <= 0x7fffffff / 4)) return null;
  if (states! > 0x7fffffff / 4 || (narrow !== 0 && narrow !== 1)) return null;
  const wide = narrow ? 2 : 4;
  const counts = [2 * pairs!, states!, states!, states!, states!, keyCount!, rowCount];
  const units = [2, wide, wide, 2, wide, wide, wide];
  let size = HEADER_WORDS * 4;
  for (let i = 0; i < counts.length; i++) size += pad4(counts[i]! * units[i]!);
  if (size !== bytes.byteLength) return null;
  if (checksum(new Int32Array(buffer, base, size / 4)) !== h[HEADER_WORDS - 1]) return null;
  let at = base + HEADER_WORDS * 4;
  const next = (i: number, kind: 'u' | 's'): Section => {
    const start = at;
    at += pad4(counts[i]! * units[i]!);
    if (units[i] === 4) return new Int32Array(buffer, start, counts[i]);
    return kind === 'u'
      ? new Uint16Array(buffer, start, counts[i])
      : new Int16Array(buffer, start, counts[i]);
  };
  // Widened with the typed-array constructors (native copies; Int16 keeps out's -1).
  const int32 = (s: Section): Int32Array => (s instanceof Int32Array ? s : new Int32Array(s));
  const classPairs = next(0, 'u');
  const fail = int32(next(1, 'u'));
  const out = int32(next(2, 's'));
  const edgeClass = next(3, 'u') as Uint16Array;
  const childCount = next(4, 'u') as Uint16Array | Int32Array;
  const keyLength = int32(next(5, 'u'));
  const keyIdOfRow = int32(next(6, 'u'));
  const classOf = new Uint16Array(0x10000);
  for (let i = 0; i < classPairs.length; i += 2) {
    if (classPairs[i + 1]! >= classCount!) return null;
    classOf[classPairs[i]!] = classPairs[i + 1]!;
  }
  // Each row's key id names a key of the row's length: the blob belongs to these rows.
  for (let r = 0; r < rowCount; r++) {
    const id = keyIdOfRow[r]!;
    if (id < 0 || id >= keyCount! || keyLength[id] !== patterns.rows[r]![0].length) return null;
  }
  const automaton = assembleAutomaton(
    classOf,
    classCount!,
    dense!,
    fail,
    out,
    edgeClass,
    childCount,
    keyLength,
  );
  if (!automaton || automaton.hashMask !== hashMask) return null;
  return { automaton, keyIdOfRow, edgeClass, childCount };
}

type Base64Codec = {
  fromBase64?: (s: string) => Uint8Array;
};

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(data: string): Uint8Array | null {
  try {
    const native = (Uint8Array as unknown as Base64Codec).fromBase64;
    if (typeof native === 'function') return native(data);
    // Node (the scripts and tests): its decoder, where there is no Uint8Array.fromBase64.
    const buffer = (globalThis as { Buffer?: { from(s: string, e: string): Uint8Array } }).Buffer;
    if (buffer) {
      const bytes = buffer.from(data, 'base64');
      // A pooled Buffer may start anywhere in its memory: copy where the views would be misaligned.
      return bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    }
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
