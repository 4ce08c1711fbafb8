/**
 * Finding a saved quote again in a page's text. A clipping stores a W3C TextQuoteSelector (the quote
 * with 32 code points of context each side) and a TextPositionSelector (code points from the start of
 * the text, as the model counts). Anchoring tries, in order of confidence:
 *
 * 1. exact: the quote itself; when it repeats, the occurrence whose surroundings are most like the
 *    saved context, scored approximately (one changed character near a quote costs one character of
 *    context, not the whole side), with the position breaking ties;
 * 2. context: the saved prefix and suffix both still stand, with the text between them close enough
 *    to the quote (an edit inside the quote);
 * 3. approximate: the quote with a few edits, scored by quote, context and position together.
 *
 * When the quote repeats, the saved context is there, and no occurrence's surroundings resemble it
 * (or two resemble it equally well while the position cannot tell them apart), the clipping is "not
 * found": better listed as missing than marked on the wrong sentence. Offsets in an `Anchor` are code
 * units of `text`, ready for a DOM range.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../db/clipping';
import { approxSearch, similarity } from './similarity';
import { codePointLength, insidePair, unitOffset } from './text-safety';

export type Selectors = [TextQuoteSelector, TextPositionSelector];

export interface QuoteDescription {
  quote: string;
  selectors: Selectors;
}

export type AnchorMethod = 'exact' | 'context' | 'position' | 'fuzzy';

export interface Anchor {
  /** Code-unit offsets into the text. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for the quote found as saved with its context; lower for approximate matches, never below MIN_QUALITY. */
  quality: number;
}

/** Code points of context stored each side of a quote (Hypothesis uses the same). */
export const CONTEXT_LENGTH = 32;
/** The least similarity an approximate match must have to the saved quote. */
export const MIN_QUALITY = 0.75;
/** For the context method, where both sides of the quote still stand, a looser bar suffices. */
export const MIN_CONTEXT_QUALITY = 0.5;
/** Context at least this like the saved one places a repeated quote on its own. */
export const MIN_CONTEXT_MATCH = 0.5;
/** Weaker context places it only when it is this much more like the saved context than at any other occurrence. */
const CONTEXT_MARGIN = 0.15;
/** Approximate search cost grows with quote length times page length; longer quotes only match exactly. */
export const MAX_FUZZY_QUOTE = 5000;
/** Beyond this many occurrences of a quote or prefix the page is degenerate; the first ones suffice. */
const MAX_CANDIDATES = 2000;
/** How far (in code units, beyond the quote's length) an approximate match may lie from the saved position to count as "position". */
const POSITION_SLACK = 64;

/** `to` moved back to the start of a surrogate pair when it would split one. */
function cut(text: string, at: number): number {
  return insidePair(text, at) ? at - 1 : at;
}

/** The W3C selectors for the code-unit span [start, end) of a page's text. */
export function describe(text: string, start: number, end: number): QuoteDescription {
  const from = cut(text, Math.max(0, Math.min(start, text.length)));
  let to = Math.max(from, Math.min(end, text.length));
  if (insidePair(text, to)) to += 1;
  const quote = text.slice(from, to);
  const before = Array.from(text.slice(Math.max(0, from - 2 * CONTEXT_LENGTH), from));
  const after = Array.from(text.slice(to, to + 2 * CONTEXT_LENGTH));
  const startPoint = codePointLength(text.slice(0, from));
  return {
    quote,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: before.slice(-CONTEXT_LENGTH).join(''),
        suffix: after.slice(0, CONTEXT_LENGTH).join(''),
      },
      { type: 'TextPositionSelector', start: startPoint, end: startPoint + codePointLength(quote) },
    ],
  };
}

interface Scored {
  start: number;
  end: number;
  /** Likeness of the text to the quote, 0–1. */
  quote: number;
  /** Likeness of the surroundings to the saved context, 0–1 (1 when none was saved). */
  context: number;
  closeness: number;
}

/** Where the described quote stands in `text` now, or null when it cannot be found with confidence. */
export function anchor(text: string, selectors: Selectors): Anchor | null {
  const [quote, position] = selectors;
  if (quote.exact.length === 0 || text.length === 0) return null;
  const hint = /[\uD800-\uDFFF]/.test(text) ? unitOffset(text, position.start) : position.start;
  return (
    exactAnchor(text, quote, hint) ?? contextAnchor(text, quote, hint) ?? approxAnchor(text, quote, hint)
  );
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (
    let at = text.indexOf(needle);
    at !== -1 && found.length < MAX_CANDIDATES;
    at = text.indexOf(needle, at + 1)
  ) {
    found.push(at);
  }
  return found;
}

/** 1 at the expected offset, falling towards 0 as a candidate lies further away in the page. */
function closeness(text: string, at: number, expected: number): number {
  return 1 - Math.min(1, Math.abs(at - expected) / Math.max(1, text.length));
}

/**
 * The fewest edits turning `saved` into a string that starts `text` (anything after it is free): a
 * small dynamic programme over at most a few dozen characters each way.
 */
function leadingDistance(saved: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= saved.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      const same = saved[i - 1] === text[j - 1] ? 0 : 1;
      next.push(Math.min(row[j - 1]! + same, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.min(...row);
}

const reverse = (s: string) => [...s].reverse().join('');

/**
 * How like `saved` the text beside a candidate is, 0–1: one minus the fewest edits that turn `saved`
 * into text ending at `edge` (a prefix) or starting there (a suffix), over its length. The text must
 * touch the quote: characters between count as edits.
 */
function sideLikeness(text: string, edge: number, saved: string, side: 'before' | 'after'): number {
  const room = saved.length + Math.ceil(saved.length / 4);
  const distance =
    side === 'before'
      ? leadingDistance(reverse(saved), reverse(text.slice(Math.max(0, edge - room), edge)))
      : leadingDistance(saved, text.slice(edge, edge + room));
  return Math.max(0, 1 - distance / saved.length);
}

/** How like the saved context both sides of [start, end) are: the mean over the sides that were saved. */
function contextLikeness(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const sides: number[] = [];
  if (quote.prefix) sides.push(sideLikeness(text, start, quote.prefix, 'before'));
  if (quote.suffix) sides.push(sideLikeness(text, end, quote.suffix, 'after'));
  return sides.length === 0 ? 1 : sides.reduce((a, b) => a + b, 0) / sides.length;
}

function score(s: Scored): number {
  // Hypothesis weighs quote, prefix and suffix far above position; so do we.
  return 50 * s.quote + 40 * s.context + 2 * s.closeness;
}

/**
 * The best of several candidates, or null when the saved context was meant to tell them apart and
 * cannot: a repeated quote whose surroundings all differ from the saved ones about equally. Among
 * occurrences equally like the context, the one nearest the saved position wins (as in Hypothesis).
 */
function pick(candidates: Scored[], quote: TextQuoteSelector): Scored | null {
  if (candidates.length === 0) return null;
  let best = candidates[0]!;
  for (const c of candidates) if (score(c) > score(best)) best = c;
  if (quote.prefix.length + quote.suffix.length === 0 || best.context >= MIN_CONTEXT_MATCH) return best;
  // Weak context: trust it only if it still prefers this occurrence clearly over every other one.
  for (const c of candidates) {
    const apart = c.end <= best.start || c.start >= best.end;
    if (apart && best.context - c.context < CONTEXT_MARGIN) return null;
  }
  return best;
}

function exactAnchor(text: string, quote: TextQuoteSelector, hint: number): Anchor | null {
  const found = occurrences(text, quote.exact);
  if (found.length === 0) return null;
  const length = quote.exact.length;
  const scored = found.map((at) => ({
    start: at,
    end: at + length,
    quote: 1,
    context:
      found.length === 1 && !quote.prefix && !quote.suffix
        ? 1
        : contextLikeness(text, at, at + length, quote),
    closeness: closeness(text, at, hint),
  }));
  const best = pick(scored, quote);
  return best && { start: best.start, end: best.end, method: 'exact', quality: 0.9 + 0.1 * best.context };
}

function contextAnchor(text: string, quote: TextQuoteSelector, hint: number): Anchor | null {
  // A short prefix or suffix (the quote began or ended near a page edge) proves too little.
  if (quote.prefix.length < CONTEXT_LENGTH / 2 || quote.suffix.length < CONTEXT_LENGTH / 2) return null;
  const longest = Math.ceil(quote.exact.length * 1.5) + 16;
  let best: Anchor | undefined;
  let bestDistance = Infinity;
  for (const p of occurrences(text, quote.prefix)) {
    const start = p + quote.prefix.length;
    const s = text.indexOf(quote.suffix, start);
    if (s === -1 || s - start > longest) continue;
    const quality = similarity(text.slice(start, s), quote.exact);
    if (quality < MIN_CONTEXT_QUALITY) continue;
    const distance = Math.abs(start - hint);
    if (distance < bestDistance) {
      best = { start, end: s, method: 'context', quality };
      bestDistance = distance;
    }
  }
  return best ?? null;
}

function approxAnchor(text: string, quote: TextQuoteSelector, hint: number): Anchor | null {
  const length = quote.exact.length;
  // Very short quotes would match almost anything approximately; they must be found as they were.
  if (length < 8 || length > MAX_FUZZY_QUOTE) return null;
  const maxErrors = Math.floor(length * (1 - MIN_QUALITY));
  const scored: Scored[] = [];
  for (const m of approxSearch(text, quote.exact, maxErrors).slice(0, MAX_CANDIDATES)) {
    const quality = 1 - m.errors / length;
    if (quality < MIN_QUALITY) continue;
    scored.push({
      start: m.start,
      end: m.end,
      quote: quality,
      context: contextLikeness(text, m.start, m.end, quote),
      closeness: closeness(text, m.start, hint),
    });
  }
  const best = pick(scored, quote);
  if (!best) return null;
  const near = Math.abs(best.start - hint) <= Math.max(POSITION_SLACK, length);
  return { start: best.start, end: best.end, method: near ? 'position' : 'fuzzy', quality: best.quote };
}
