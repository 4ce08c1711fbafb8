import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPack } from '../../data/index';
import { compileTable } from './table';
import { createMatcher } from './matcher';
import { createEngine } from './engine';
import { buildFromRows, decodeAutomaton, encodeAutomaton, rowsDigest, type BuiltAutomaton } from './compiled';
import { asCompiledPatterns, type CompiledPatterns } from './patterns';
import { testPack } from './test-pack';
import type { PatternTable } from './types';

const real = compileTable(loadPack());
const realPatterns = asCompiledPatterns(real.patterns);

/** The table as it comes back from extension storage (JSON), without its compiled automaton. */
function rowsOnly(table: PatternTable): PatternTable {
  const { compiled: _compiled, ...rest } = JSON.parse(JSON.stringify(table)) as PatternTable;
  return rest;
}

/** The first index where two arrays differ (a length counts as an index), or -1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function expectSameAutomaton(decoded: BuiltAutomaton, built: BuiltAutomaton): void {
  const a = decoded.automaton;
  const b = built.automaton;
  expect(a.classCount).toBe(b.classCount);
  expect(a.dense).toBe(b.dense);
  expect(a.hashMask).toBe(b.hashMask);
  expect(a.denseNext.constructor).toBe(b.denseNext.constructor);
  for (const name of ['classOf', 'denseNext', 'hash', 'fail', 'out', 'dict', 'keyLength'] as const) {
    expect(firstDifference(a[name], b[name]), name).toBe(-1);
  }
  expect(firstDifference(decoded.keyIdOfRow, built.keyIdOfRow)).toBe(-1);
}

function patternsOf(keys: string[]): CompiledPatterns {
  return {
    format: 1,
    rows: keys.map((k) => [k, 0, 0, -1]),
    contexts: [],
    chinaCues: [],
    caseForms: {},
    urls: [],
  };
}

describe('the compiled automaton', () => {
  it('decodes to the automaton built from the rows, array by array (real pack)', () => {
    const stored = JSON.parse(JSON.stringify(real)) as PatternTable;
    const decoded = decodeAutomaton(stored.compiled, asCompiledPatterns(stored.patterns));
    expect(decoded).not.toBeNull();
    expectSameAutomaton(decoded!, buildFromRows(realPatterns));
    expect(createMatcher(stored).decoded).toBe(true);
  });

  it('decodes to the built automaton for random key sets, hashed edges included', () => {
    const char = fc.constantFrom('a', 'b', 'c', '举', '国', ' ', '\ud83d', '\u0000');
    const word = fc.string({ unit: char, minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(0, 64, 1 << 18),
        (keys, dense) => {
          const patterns = patternsOf(keys);
          const built = buildFromRows(patterns, dense);
          const decoded = decodeAutomaton(encodeAutomaton(built, rowsDigest(patterns)), patterns);
          expect(decoded).not.toBeNull();
          expectSameAutomaton(decoded!, built);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the same mentions decoded as built from the rows, on texts of aliases and noise', () => {
    const decoded = createEngine(JSON.parse(JSON.stringify(real)) as PatternTable);
    const built = createEngine(rowsOnly(real));
    const pack = loadPack();
    const aliases = [...pack.entries, ...pack.documents].flatMap((item) =>
      item.aliases.flatMap((a) => [a.text, ...(a.variants ?? [])]),
    );
    const noise = fc.constantFrom(' ', ', ', '-', '\n', 'the ', 'China ', '的', '《', '》', 'SOEs ', 'x');
    const piece = fc.oneof(fc.constantFrom(...aliases), noise, fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(decoded.scanText(text)).toEqual(built.scanText(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a damaged compiled automaton', () => {
  const table = compileTable(testPack());
  const reference = createEngine(rowsOnly(table));
  const sample = `${table.entries.map((e) => e.label).join('. ')}. 新型举国体制 and the new national system`;

  function damaged(change: (bytes: Uint8Array) => Uint8Array): PatternTable {
    const copy = JSON.parse(JSON.stringify(table)) as PatternTable;
    const bytes = change(Uint8Array.from(Buffer.from(copy.compiled!.data, 'base64')));
    copy.compiled!.data = Buffer.from(bytes).toString('base64');
    return copy;
  }

  const cases: [string, () => PatternTable][] = [
    ['truncated', () => damaged((b) => b.subarray(0, b.length - 8))],
    ['cut to a few bytes', () => damaged((b) => b.subarray(0, 5))],
    [
      'of another format',
      () => {
        const t = JSON.parse(JSON.stringify(table)) as PatternTable;
        t.compiled!.format = 99;
        return t;
      },
    ],
    ...[0, 5, 9, 13, 17, 21, 25, 29, 33, 37, 41].map((at): [string, () => PatternTable] => [
      `with a flipped header byte at ${at}`,
      () => damaged((b) => ((b[at] = b[at]! ^ 0x5a), b)),
    ]),
    [
      'with a flipped byte in its body',
      () => damaged((b) => ((b[b.length >> 1] = b[b.length >> 1]! ^ 1), b)),
    ],
    ['not base64', () => ({ ...table, compiled: { ...table.compiled!, data: '%%%' } })],
    ['of another table', () => ({ ...table, compiled: real.compiled })],
    [
      'with rows changed since it was compiled',
      () => {
        const t = JSON.parse(JSON.stringify(table)) as PatternTable;
        const rows = asCompiledPatterns(t.patterns).rows;
        rows[0]![0] = `${rows[0]![0]}x`;
        return t;
      },
    ],
  ];

  it.each(cases)('is not used when %s; the matcher builds from the rows and matches the same', (_, make) => {
    const t = make();
    const matcher = createMatcher(t);
    expect(matcher.decoded).toBe(false);
    if (t.patterns === table.patterns || JSON.stringify(t.patterns) === JSON.stringify(table.patterns)) {
      expect(createEngine(t).scanText(sample)).toEqual(reference.scanText(sample));
    }
  });

  it('builds from the rows where the table has no compiled automaton (older tables)', () => {
    expect(createMatcher(rowsOnly(table)).decoded).toBe(false);
    expect(createMatcher(JSON.parse(JSON.stringify(table)) as PatternTable).decoded).toBe(true);
    expect(reference.scanText(sample).length).toBeGreaterThan(3);
  });
});
