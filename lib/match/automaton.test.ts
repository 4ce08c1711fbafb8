import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, scanAutomaton, stepAutomaton } from './automaton';

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

function fast(keys: string[], text: string, denseBytes?: number): string[] {
  const out: string[] = [];
  scanAutomaton(buildAutomaton(keys, denseBytes), text, 0, text.length, (id, end) =>
    out.push(`${id}@${end}`),
  );
  return out.sort();
}

describe('Aho–Corasick automaton', () => {
  it('agrees with a naive matcher on random texts and pattern sets', () => {
    // A small alphabet makes overlaps, shared prefixes and suffix chains common.
    const char = fc.constantFrom('a', 'b', 'c', '举', '国', ' ', '\ud83d', '\ude00', '\u0000');
    const word = fc.string({ unit: char, minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: char, maxLength: 120 }),
        (keys, text) => {
          expect(fast(keys, text)).toEqual(naive(keys, text));
          // Dense rows for the first level only: deeper states go through the hash.
          expect(fast(keys, text, 0)).toEqual(naive(keys, text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees on arbitrary Unicode', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.string({ unit: 'binary', maxLength: 80 }),
        (keys, text) => {
          expect(fast(keys, text)).toEqual(naive(keys, text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('moves, from dense rows and hashed edges alike, to the longest suffix that is a key prefix', () => {
    const char = fc.constantFrom('a', 'b', 'c', '举', '国');
    const word = fc.string({ unit: char, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(0, 64, 1 << 18),
        (keys, denseBytes) => {
          const a = buildAutomaton(keys, denseBytes);
          const prefixes = new Set(
            keys.flatMap((k) => [...Array(k.length + 1).keys()].map((n) => k.slice(0, n))),
          );
          const stateOf = new Map<string, number>();
          for (const p of prefixes)
            stateOf.set(
              p,
              [...p].reduce((s, c) => stepAutomaton(a, s, c.charCodeAt(0)), 0),
            );
          // One state per prefix, breadth-first: the root, then whole levels of short prefixes (the dense rows).
          expect(new Set(stateOf.values()).size).toBe(prefixes.size);
          const denseDepth = Math.max(...[...stateOf].filter(([, s]) => s <= a.dense).map(([p]) => p.length));
          expect(denseDepth).toBeGreaterThanOrEqual(1);
          for (const [p, s] of stateOf) {
            expect(s <= a.dense).toBe(p.length <= denseDepth);
            for (const c of ['a', 'b', 'c', '举', '国', 'x']) {
              let longest = p + c;
              while (!prefixes.has(longest)) longest = longest.slice(1);
              expect(stepAutomaton(a, s, c.charCodeAt(0))).toBe(stateOf.get(longest));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports nested and overlapping keys at each end, longest first', () => {
    const a = buildAutomaton(['he', 'she', 'his', 'hers']);
    const seen: [number, number][] = [];
    scanAutomaton(a, 'ushers', 0, 6, (id, end) => seen.push([id, end]));
    expect(seen).toEqual([
      [1, 4],
      [0, 4],
      [3, 6],
    ]);
  });
});
