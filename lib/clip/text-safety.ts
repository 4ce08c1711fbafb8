/**
 * Rules for text that leaves or enters the extension as data: code points (never code units), lone
 * surrogates, bidirectional overrides and control characters. Exports clean what they write with
 * `exportText`; imports refuse text that `unsafeTextReason` objects to.
 */

/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they reorder what a reader sees. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls other than tab, line feed and carriage return, with DEL; `\0` among them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `s` holds a surrogate that is not half of a pair (not well-formed UTF-16). */
export function hasLoneSurrogate(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(s);
}

/** Why an imported string is refused, or null when it is acceptable. */
export function unsafeTextReason(s: string): string | null {
  if (hasLoneSurrogate(s)) return 'holds a broken character (a lone UTF-16 surrogate)';
  BIDI_CONTROLS.lastIndex = 0;
  if (BIDI_CONTROLS.test(s)) return 'holds a bidirectional override or isolate control';
  return null;
}

/**
 * Text as an export writes it: lone surrogates become U+FFFD, and control characters (`\0` included)
 * and bidirectional overrides are dropped, so no cell, line or field shows other than what it holds.
 */
export function exportText(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
}

/** Number of code points in `s` (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** True when code unit `i` of `s` is the low half of a surrogate pair (a cut there would split it). */
export function insidePair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const hi = s.charCodeAt(i - 1);
  const lo = s.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** The code-unit offset of code point `n` of `s` (clamped to the ends). */
export function unitOffset(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += insidePair(s, i + 1) ? 2 : 1;
  return i;
}

/** The code-point offset of code unit `i` of `s`; an offset inside a pair counts as the pair's start. */
export function pointOffset(s: string, i: number): number {
  return codePointLength(s.slice(0, insidePair(s, i) ? i - 1 : i));
}
