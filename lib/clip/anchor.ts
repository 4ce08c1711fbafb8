/**
 * Finding a saved quote again in a page's flat text. A clipping stores a W3C TextQuoteSelector (the
 * quote with 32 characters of context each side) and a TextPositionSelector. Anchoring tries, in
 * order of confidence:
 *
 * 1. exact: the quote itself, the occurrence whose context and position fit best when it repeats;
 * 2. context: the stored prefix and suffix both still stand, with the text between them close
 *    enough to the quote (an edit inside the quote);
 * 3. position: an approximate match in a window around the stored offsets;
 * 4. fuzzy: an approximate match anywhere, scored by quote, context and position.
 *
 * Approximate matches below MIN_QUALITY are not used: the caller lists the clipping as not found
 * rather than mark text that is not the quote.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../db/clipping';
import { approxSearch, sharedHead, sharedTail, similarity, type ApproxMatch } from './similarity';

export type Selectors = [TextQuoteSelector, TextPositionSelector];

export interface QuoteDescription {
  quote: string;
  selectors: Selectors;
}

export type AnchorMethod = 'exact' | 'context' | 'position' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for the quote found as saved; lower for approximate matches, never below MIN_QUALITY. */
  quality: number;
}

/** Characters of context stored each side of a quote (Hypothesis uses the same). */
export const CONTEXT_LENGTH = 32;
/** The least similarity an approximate match must have to the saved quote. */
export const MIN_QUALITY = 0.75;
/** For the context method, where both sides of the quote still stand, a looser bar suffices. */
export const MIN_CONTEXT_QUALITY = 0.5;
/** Approximate search cost grows with quote length times page length; longer quotes only match exactly. */
export const MAX_FUZZY_QUOTE = 5000;
/** Beyond this many occurrences of a quote or prefix the page is degenerate; the first ones suffice. */
const MAX_CANDIDATES = 2000;

/** The W3C selectors for the span [start, end) of a page's flat text. */
export function describe(text: string, start: number, end: number): QuoteDescription {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const quote = text.slice(from, to);
  return {
    quote,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
        suffix: text.slice(to, to + CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start: from, end: to },
    ],
  };
}

/** Where the described quote stands in `text` now, or null when it cannot be found with confidence. */
export function anchor(text: string, selectors: Selectors): Anchor | null {
  const [quote, position] = selectors;
  if (quote.exact.length === 0) return null;
  return (
    exactAnchor(text, quote, position) ??
    contextAnchor(text, quote, position) ??
    positionAnchor(text, quote, position) ??
    fuzzyAnchor(text, quote, position)
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

/** How many context characters agree around [start, end): exact ones, counted from the quote outwards. */
function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return sharedTail(before, quote.prefix) + sharedHead(after, quote.suffix);
}

function exactAnchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchor | null {
  const found = occurrences(text, quote.exact);
  if (found.length === 0) return null;
  const contextLength = quote.prefix.length + quote.suffix.length;
  let best: { at: number; score: number; agreement: number } | undefined;
  for (const at of found) {
    const agreement = contextAgreement(text, at, at + quote.exact.length, quote);
    // Whole context characters decide; closeness (below 1) only breaks ties.
    const score = agreement + closeness(text, at, position.start);
    if (!best || score > best.score) best = { at, score, agreement };
  }
  const { at, agreement } = best!;
  const contextShare = contextLength === 0 ? 1 : agreement / contextLength;
  return { start: at, end: at + quote.exact.length, method: 'exact', quality: 0.9 + 0.1 * contextShare };
}

function contextAnchor(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): Anchor | null {
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
    const distance = Math.abs(start - position.start);
    if (distance < bestDistance) {
      best = { start, end: s, method: 'context', quality };
      bestDistance = distance;
    }
  }
  return best ?? null;
}

/** The approximate match that best fits quote, context and position, with its quality. */
function bestApprox(
  text: string,
  offset: number,
  found: ApproxMatch[],
  quote: TextQuoteSelector,
  expected: number,
) {
  let best: { start: number; end: number; quality: number; score: number } | undefined;
  const contextLength = Math.max(1, quote.prefix.length + quote.suffix.length);
  for (const m of found) {
    const start = offset + m.start;
    const end = offset + m.end;
    const quality = 1 - m.errors / quote.exact.length;
    const context = contextAgreement(text, start, end, quote) / contextLength;
    const score = 10 * quality + 3 * context + closeness(text, start, expected);
    if (!best || score > best.score) best = { start, end, quality, score };
  }
  return best;
}

function approxAnchor(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  window: [number, number],
  method: 'position' | 'fuzzy',
): Anchor | null {
  const length = quote.exact.length;
  // Very short quotes would match almost anything approximately; they must be found as they were.
  if (length < 8 || length > MAX_FUZZY_QUOTE) return null;
  const [from, to] = window;
  const maxErrors = Math.floor(length * (1 - MIN_QUALITY));
  const found = approxSearch(text.slice(from, to), quote.exact, maxErrors);
  const best = bestApprox(text, from, found, quote, position.start);
  if (!best || best.quality < MIN_QUALITY) return null;
  return { start: best.start, end: best.end, method, quality: best.quality };
}

function positionAnchor(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): Anchor | null {
  const slack = Math.max(64, quote.exact.length);
  const from = Math.max(0, position.start - slack);
  const to = Math.min(text.length, position.end + slack);
  if (from >= to) return null;
  return approxAnchor(text, quote, position, [from, to], 'position');
}

function fuzzyAnchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchor | null {
  return approxAnchor(text, quote, position, [0, text.length], 'fuzzy');
}
