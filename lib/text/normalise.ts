/**
 * Matching normalisation with an offset map back to the input.
 *
 * The page text and every pattern go through the same `normalise`, so a match found in the normalised
 * text is a match of the page as a reader sees it: case folded, compatibility forms and full-width
 * characters folded (NFKC), Latin diacritics dropped (pinyin with or without tone marks), every hyphen
 * and dash one '-', curly quotes straight, soft hyphens and zero-width characters removed, whitespace
 * runs one space, and whitespace between two Chinese characters removed (a line break inside a Chinese
 * term in the HTML source). '\n' is kept as a hard block separator that never merges with spaces.
 *
 * `origin[i]` is the input offset of normalised character i; `origin[length]` is the input length.
 */
import { isCjk, isWordChar } from './chars';

export interface Normalised {
  text: string;
  origin: Int32Array;
}

/** Marks a code unit that disappears (zero-width characters, soft hyphen, combining marks). */
const DROP = '';
const SPACE = 0x20;
const NEWLINE = 0x0a;

const HYPHENS = '\u002d\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d';
const ZERO_WIDTH =
  '\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff';
const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u2035\uff07\u02bc';
// CJK corner and angle quotes (「」『』〈〉, also their half-width and vertical forms) quote like “”.
const DOUBLE_QUOTES =
  '\u201c\u201d\u201e\u201f\u2033\u2036\uff02\u300c\u300d\u300e\u300f\u3008\u3009\uff62\uff63\ufe41\ufe42\ufe43\ufe44';
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** Folded form of each BMP code unit, computed on first use (most pages use a few hundred). */
const foldCache: (string | undefined)[] = new Array<string | undefined>(0x10000);

function computeFold(ch: string): string {
  if (ZERO_WIDTH.includes(ch)) return DROP;
  if (HYPHENS.includes(ch)) return '-';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (/\s/.test(ch)) return ' ';
  // NFKD drops tone marks and accents as separate combining marks; NFKC then recomposes what is left
  // (Hangul, CJK compatibility ideographs) so that CJK text keeps one code unit per character.
  const decomposed = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const folded = decomposed.normalize('NFKC').toLowerCase();
  return /\s/.test(folded) ? ' ' : folded.replace(/[\u2010-\u2015\u2212\uff0d]/g, '-');
}

const pairCache = new Map<string, string>();

/** The folded form of one code unit (or surrogate pair). */
export function foldChar(ch: string): string {
  if (ch.length !== 1) {
    let folded = pairCache.get(ch);
    if (folded === undefined) {
      folded = computeFold(ch);
      if (pairCache.size < 4096) pairCache.set(ch, folded);
    }
    return folded;
  }
  const code = ch.charCodeAt(0);
  let folded = foldCache[code];
  if (folded === undefined) {
    folded = code >= 0xd800 && code <= 0xdfff ? ch : computeFold(ch);
    foldCache[code] = folded;
  }
  return folded;
}

/** ASCII fast path: 0 = use `foldChar`; otherwise the folded code unit. */
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x41 && c <= 0x5a) ASCII_FOLD[c] = c + 32;
  else if (c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d) ASCII_FOLD[c] = SPACE;
  else ASCII_FOLD[c] = c;
}

/**
 * Per code unit: 0 = not yet computed, 1 = dropped, 2 = folds to several units or is a surrogate
 * (slow path), otherwise folded code unit + 3. A typed array keeps the hot loop free of hash lookups.
 */
const foldCode = new Int32Array(0x10000);

/** The `foldCode` entry of a code unit, computed on first use. */
function foldCodeOf(code: number): number {
  let f = foldCode[code]!;
  if (f === 0) {
    if (code >= 0xd800 && code <= 0xdfff) f = 2;
    else {
      const folded = foldChar(String.fromCharCode(code));
      f = folded.length === 0 ? 1 : folded.length === 1 ? folded.charCodeAt(0) + 3 : 2;
    }
    foldCode[code] = f;
  }
  return f;
}
for (let c = 0; c < 128; c++) foldCode[c] = ASCII_FOLD[c]! + 3;

const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

function toText(units: Uint16Array): string {
  if (decoder && units.length > 0) return decoder.decode(units);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}

/** True for ASCII lower-case letters (as written: a line-end hyphen joins only lower-case word parts). */
const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** Words after a hyphen and a space that make it a suspended compound ('small- and medium-sized'), not a break. */
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'than', 'as', 'vs', 'versus', 'but']);

/**
 * For a hyphen at `i` after a lower-case letter: the offset of the next word if the
 * hyphen ends a line inside a word ('inno- vation', text reflowed from print), else -1. Never looks
 * across a block separator.
 */
function lineEndHyphen(input: string, i: number): number {
  let j = i + 1;
  while (j < input.length) {
    const c = input.charCodeAt(j);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) break;
    j++;
  }
  if (j === i + 1 || j >= input.length || !isLower(input.charCodeAt(j))) return -1;
  let k = j;
  while (k < input.length && isLower(input.charCodeAt(k))) k++;
  return SUSPENDED.has(input.slice(j, k)) ? -1 : j;
}

/** True if the unit after `i` folds to a letter or digit of a space-separated script. */
function wordAfter(input: string, i: number): boolean {
  if (i + 1 >= input.length) return false;
  const f = foldCodeOf(input.charCodeAt(i + 1));
  return f > 2 && isWordChar(f - 3);
}

/** Normalised code units in a buffer, with the input offset of each; `origin[length]` is the input length. */
export interface NormalisedUnits {
  units: Uint16Array;
  origin: Int32Array;
  length: number;
}

/**
 * Normalises `input` into code-unit buffers (those of `reuse` when they are large enough), with the
 * offset map. No string is built: the matcher reads the units directly. One loop with its state in local
 * variables; spaces are written lazily, so that a run collapses to one and a space between two Chinese
 * characters (a source line break) can be dropped.
 */
export function normaliseUnits(input: string, reuse?: NormalisedUnits): NormalisedUnits {
  const n = input.length;
  let out = reuse && reuse.units.length >= n + 8 ? reuse.units : new Uint16Array(n + 8);
  let origin = reuse && reuse.origin.length >= n + 9 ? reuse.origin : new Int32Array(n + 9);
  let len = 0;
  let last = NEWLINE;
  let pending = -1;
  for (let i = 0; i < n; i++) {
    let f = foldCode[input.charCodeAt(i)]!;
    if (f === 0) f = foldCodeOf(input.charCodeAt(i));
    if (f === 1) continue;
    const at = i;
    if (f === HYPHEN + 3 && pending < 0 && isLower(last)) {
      const next = lineEndHyphen(input, i);
      if (next > 0) {
        i = next - 1;
        continue;
      }
    }
    // Quote marks never belong to a term ('"open competition" mechanism'; “十四五”规划, 「十四五」規劃 and
    // 十四五规划 read alike); an apostrophe between two letters or digits (China's) stays.
    if (f === QUOTE + 3 || (f === APOSTROPHE + 3 && !(isWordChar(last) && wordAfter(input, i)))) continue;
    let folded: string | null = null;
    let code = f - 3;
    if (f === 2) {
      // Several units, or a surrogate pair (read whole: its low half is skipped), or nothing.
      let ch = input[i]!;
      const c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const low = input.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          ch = input.slice(i, i + 2);
          i++;
        }
      }
      folded = foldChar(ch);
      if (folded.length === 0) continue;
      code = folded.charCodeAt(0);
    }
    for (let k = 0; ;) {
      if (code === SPACE) {
        if (pending < 0 && last !== NEWLINE) pending = at;
      } else {
        if (len + 2 > out.length) {
          const bigger = new Uint16Array(out.length * 2 + 16);
          bigger.set(out);
          out = bigger;
          const biggerOrigin = new Int32Array(bigger.length + 1);
          biggerOrigin.set(origin);
          origin = biggerOrigin;
        }
        if (pending >= 0) {
          if (code !== NEWLINE && !(isCjk(last) && isCjk(code))) {
            out[len] = SPACE;
            origin[len++] = pending;
          }
          pending = -1;
        }
        out[len] = code;
        origin[len++] = at;
        last = code;
      }
      if (folded === null || ++k >= folded.length) break;
      code = folded.charCodeAt(k);
    }
  }
  origin[len] = n;
  return { units: out, origin, length: len };
}

/** Normalises `input` for matching and maps every normalised offset back to an input offset. */
export function normalise(input: string): Normalised {
  const { units, origin, length } = normaliseUnits(input);
  return { text: toText(units.subarray(0, length)), origin: origin.subarray(0, length + 1) };
}

/** The normalised form of a pattern or cue word (no offset map). */
export function normaliseKey(input: string): string {
  return normalise(input).text.trim();
}

/** Page text as rendered: whitespace runs collapsed, invisible characters removed. */
export function renderedText(raw: string): string {
  // Most matches are plain words with single spaces: nothing to do.
  if (!/[\u00ad\u200b-\u200d\u2060\ufeff]|\s\s|[^\S ]|^\s|\s$/.test(raw)) return raw;
  return raw
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
