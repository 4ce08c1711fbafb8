import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, scanAutomaton } from './automaton';

/** Every (key, end) occurrence, by brute force. */
function naive(keys: string[], text: string): string[] {
  const out: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    keys.forEach((k, id) => {
      if (k.length > 0 && end >= k.length && text.slice(end - k.length, end) === k) out.push(`${id}@${end}`);
    });
  }
  return out.sort();
}

function fast(keys: string[], text: string): string[] {
  const out: string[] = [];
  scanAutomaton(buildAutomaton(keys), text, 0, text.length, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('Aho–Corasick automaton', () => {
  it('agrees with a naive matcher on random texts and pattern sets', () => {
    // A small alphabet makes overlaps, shared prefixes and suffix chains common.
    const char = fc.constantFrom('a', 'b', 'c', '举', '国', ' ', '\ud83d', '\ude00');
    const word = fc.string({ unit: char, minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: char, maxLength: 120 }), (keys, text) => {
        expect(fast(keys, text)).toEqual(naive(keys, text));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 80 }), (keys, text) => {
        expect(fast(keys, text)).toEqual(naive(keys, text));
      }),
      { numRuns: 200 },
    );
  });

  it('reports nested and overlapping keys at each end, longest first', () => {
    const a = buildAutomaton(['he', 'she', 'his', 'hers']);
    const seen: [number, number][] = [];
    scanAutomaton(a, 'ushers', 0, 6, (id, end) => seen.push([id, end]));
    expect(seen).toEqual([[1, 4], [0, 4], [3, 6]]);
  });
});
