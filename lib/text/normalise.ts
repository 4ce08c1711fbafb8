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
import { isCjk } from './chars';

export interface Normalised {
  text: string;
  origin: Int32Array;
}

/** Marks a code unit that disappears (zero-width characters, soft hyphen, combining marks). */
const DROP = '';
const SPACE = 0x20;
const NEWLINE = 0x0a;

const HYPHENS = '\u002d\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d';
const ZERO_WIDTH = '\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff';
const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u2035\uff07\u02bc';
const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033\u2036\uff02';

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

/** Writes normalised code units and their origins; collapses spaces lazily so CJK joins can drop them. */
class Writer {
  out: Uint16Array;
  origin: Int32Array;
  length = 0;
  /** Input offset of a pending space, or -1. */
  pendingSpace = -1;
  lastCode = NEWLINE;

  constructor(capacity: number) {
    this.out = new Uint16Array(capacity);
    this.origin = new Int32Array(capacity + 1);
  }

  push(code: number, at: number): void {
    if (code === SPACE) {
      if (this.pendingSpace < 0 && this.lastCode !== NEWLINE) this.pendingSpace = at;
      return;
    }
    if (code === NEWLINE) {
      this.pendingSpace = -1;
    } else if (this.pendingSpace >= 0) {
      // A space between two Chinese characters is a source line break, not a word gap.
      if (!(isCjk(this.lastCode) && isCjk(code))) this.emit(SPACE, this.pendingSpace);
      this.pendingSpace = -1;
    }
    this.emit(code, at);
  }

  emit(code: number, at: number): void {
    if (this.length === this.out.length) this.grow();
    this.out[this.length] = code;
    this.origin[this.length] = at;
    this.length++;
    this.lastCode = code;
  }

  grow(): void {
    const out = new Uint16Array(this.out.length * 2 + 16);
    out.set(this.out);
    const origin = new Int32Array(out.length + 1);
    origin.set(this.origin);
    this.out = out;
    this.origin = origin;
  }
}

const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

function toText(units: Uint16Array): string {
  if (decoder && units.length > 0) return decoder.decode(units);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}

/** Normalises `input` for matching and maps every normalised offset back to an input offset. */
export function normalise(input: string): Normalised {
  const n = input.length;
  const w = new Writer(n + 8);
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (code < 128) {
      w.push(ASCII_FOLD[code]!, i);
      continue;
    }
    let ch = input[i]!;
    const start = i;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const next = input.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ch = input.slice(i, i + 2);
        i++;
      }
    }
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) w.push(folded.charCodeAt(k), start);
  }
  w.pendingSpace = -1;
  w.origin[w.length] = n;
  return { text: toText(w.out.subarray(0, w.length)), origin: w.origin.subarray(0, w.length + 1) };
}

/** The normalised form of a pattern or cue word (no offset map). */
export function normaliseKey(input: string): string {
  return normalise(input).text.trim();
}

/** Page text as rendered: whitespace runs collapsed, invisible characters removed. */
export function renderedText(raw: string): string {
  return raw
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
