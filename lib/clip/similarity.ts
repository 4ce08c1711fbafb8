/** Approximate string comparison for anchoring, on top of Myers' bit-parallel matcher. */
import search from 'approx-string-match';

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** The best approximate occurrences of `pattern` in `text` with at most `maxErrors` edits. */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  return search(text, pattern, Math.max(0, Math.floor(maxErrors)));
}

/**
 * How alike two strings are, from 0 (nothing shared) to 1 (equal): one minus the edit distance over
 * the longer length. The distance is the best substring match of `b` inside `a` plus the characters
 * of `a` that match leaves over, which equals the full edit distance up to how the ends are aligned
 * and costs O(n·m/32) instead of O(n·m).
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (a.length === 0 || b.length === 0) return 0;
  const [best] = approxSearch(a, b, b.length);
  if (!best) return 0;
  const leftOver = a.length - (best.end - best.start);
  const distance = Math.min(longest, best.errors + leftOver);
  return 1 - distance / longest;
}

/** How many characters two strings share at their ends: the tail of `a` against the head of `b`. */
export function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How many leading characters two strings share. */
export function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
