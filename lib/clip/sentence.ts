/**
 * The sentence around a span of a page's flat text, for the card's *Save clipping*, in English and
 * Chinese. A full stop ends a sentence only before white space and not after a common abbreviation
 * or an initial ("U.S.", "Dr.", "J."); Chinese 。！？ always do; a line break (between blocks of
 * the flat text) always does.
 */

export interface Span {
  start: number;
  end: number;
}

/** The longest sentence returned; beyond it the span is cut around the match at word breaks. */
export const MAX_SENTENCE = 600;

const ALWAYS = new Set(['。', '！', '？', '\n', '\u2029']);
const BEFORE_SPACE = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', '）', '」', '』', '》', ']']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'p.r.c',
  'fig',
  'vol',
  'pp',
  'approx',
  'dept',
]);

/** The word just before a full stop at `at`, lower-cased, including inner dots ("u.s"). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).toLowerCase();
}

/** True when the character at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (ALWAYS.has(c)) return true;
  if (!BEFORE_SPACE.has(c)) return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return false;
  if (c !== '.') return true;
  const word = wordBefore(text, i);
  // A single letter before the stop is an initial ("J. Smith", "U.S.").
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word));
}

/** The end of the sentence that contains offset `from` (exclusive), closing quotes included. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (!endsSentence(text, i)) continue;
    if (text[i] === '\n' || text[i] === '\u2029') return i;
    let j = i + 1;
    while (j < text.length && (CLOSERS.has(text[j]!) || text[j] === '…' || text[j] === '.')) j++;
    return j;
  }
  return text.length;
}

/** The start of the sentence that contains offset `from`. */
function sentenceStart(text: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    if (!endsSentence(text, i)) continue;
    let j = i + 1;
    while (j < from && CLOSERS.has(text[j]!)) j++;
    return j;
  }
  return 0;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Cuts a long sentence to MAX_SENTENCE around the match, at white space where there is some. */
function cut(text: string, sentence: Span, match: Span): Span {
  const room = Math.max(0, MAX_SENTENCE - (match.end - match.start));
  let start = Math.max(sentence.start, match.start - Math.floor(room / 2));
  let end = Math.min(sentence.end, start + Math.max(MAX_SENTENCE, match.end - match.start));
  start = Math.max(sentence.start, Math.min(start, end - MAX_SENTENCE));
  const space = text.slice(start, match.start).search(/\s/);
  if (start > sentence.start && space !== -1) start += space + 1;
  const back = text.slice(match.end, end).search(/\s\S*$/);
  if (end < sentence.end && back !== -1) end = match.end + back;
  return { start, end };
}

/** The sentence containing [start, end) of `text`, trimmed, at most MAX_SENTENCE characters long. */
export function sentenceAround(text: string, start: number, end: number): Span {
  const match = { start: Math.max(0, start), end: Math.min(text.length, Math.max(start, end)) };
  const sentence = trim(text, {
    start: Math.min(sentenceStart(text, match.start), match.start),
    end: Math.max(sentenceEnd(text, Math.max(match.start, match.end - 1)), match.end),
  });
  return sentence.end - sentence.start > MAX_SENTENCE ? cut(text, sentence, match) : sentence;
}
