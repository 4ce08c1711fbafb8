/**
 * How search text is folded before indexing and querying: Latin text lower-cased with diacritics
 * removed (so 'jiē bǎng' meets 'jie bang'), traditional Chinese folded to simplified, and Chinese runs
 * cut into overlapping character pairs, since Chinese is written without spaces between words.
 */
import { Converter } from 'opencc-js/t2cn';

const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x20-\x7e]*$/;
const TOKEN_RE = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*/gu;
// Words too common to help ranking; dropping them lets 'unveling the list' rank on its real words.
const STOP_WORDS = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'to',
  'in',
  'for',
  'on',
  'by',
  'with',
  'its',
  'is',
]);

let toSimplifiedFn: ((text: string) => string) | undefined;

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Folds traditional characters and Taiwan phrasing to simplified Chinese; other text is unchanged. */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  toSimplifiedFn ??= Converter({ from: 'twp', to: 'cn' });
  return toSimplifiedFn(text);
}

/** Lower-cases and strips diacritics (tone marks) from Latin text; Chinese passes through. */
export function foldLatin(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits text into search terms: Latin words, and Chinese runs as overlapping two-character pairs. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const [token] of text.matchAll(TOKEN_RE)) {
    if (!hasHan(token)) {
      terms.push(token);
      continue;
    }
    const chars = [...token];
    if (chars.length === 1) terms.push(token);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  }
  return terms;
}

/** The term as indexed and queried, or null for a stop word. */
export function processTerm(term: string): string | null {
  // Most terms are plain ASCII; skipping Unicode normalisation for them halves indexing time.
  const folded = ASCII.test(term) ? term.toLowerCase() : foldLatin(term);
  return STOP_WORDS.has(folded) ? null : folded;
}

/** Romanised text squashed to one run of letters ('jiē bǎng guà shuài' → 'jiebangguashuai'). */
export function squash(text: string): string {
  return foldLatin(text).replace(/[^a-z0-9]/g, '');
}

/** The exact-match key of a name or query: simplified, folded, without spaces or punctuation. */
export function matchKey(text: string): string {
  return foldLatin(toSimplified(text)).replace(/[^\p{L}\p{N}]/gu, '');
}
