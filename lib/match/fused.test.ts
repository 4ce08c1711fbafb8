import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPack } from '../../data/index';
import { compileTable } from './table';
import { createMatcher } from './matcher';
import { referenceMatchText } from './reference-collect';
import { testPack } from './test-pack';
import { asCompiledPatterns } from './patterns';
import type { PatternTable } from './types';

/**
 * The fused one-pass matcher against the two-pass reference (normalise everything, then scan): same
 * mentions, same spans, on texts made of the pack's own keys cut up and joined with the characters
 * normalisation and the boundary rules care about.
 */
function pieces(table: PatternTable): string[] {
  const keys = asCompiledPatterns(table.patterns).rows.map((r) => r[0]);
  // Whole keys, halves of keys (near misses and overlaps), and their upper-case forms.
  const out = new Set<string>();
  for (const k of keys) {
    out.add(k);
    out.add(k.slice(0, Math.ceil(k.length / 2)));
    out.add(k.slice(Math.floor(k.length / 2)));
    out.add(k.toUpperCase());
  }
  return [...out];
}

const NOISE = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00ad',
  '\u200b',
  '\u2011',
  '—',
  '-',
  's',
  'ing',
  'X',
  '9',
  '0',
  '一',
  '五',
  '二',
  '十',
  '的',
  '《',
  '》',
  '〔2021〕5号',
  '[2023]12號',
  '关于',
  '意见',
  '“',
  '’',
  'Ｆ',
  'ā',
  'ǔ',
  '\ud835\udc00',
  '\ud83d',
  'ﬁ',
  '国',
  '國',
];

function check(table: PatternTable, runs: number): void {
  const matcher = createMatcher(table);
  const parts = pieces(table);
  // A few pieces per run, used many times over, so that keys meet each other and the noise.
  const texts = fc
    .subarray(parts, { minLength: 1, maxLength: 4 })
    .chain((few) =>
      fc.array(fc.oneof(fc.constantFrom(...few), fc.constantFrom(...NOISE)), { maxLength: 40 }),
    );
  fc.assert(
    fc.property(texts, (chosen) => {
      const text = chosen.join('');
      expect(matcher.matchText(text)).toEqual(referenceMatchText(matcher.tables, matcher.entries, text));
    }),
    { numRuns: runs },
  );
}

describe('fused matcher', () => {
  it('finds what the two-pass reference finds (test pack)', () => {
    check(JSON.parse(JSON.stringify(compileTable(testPack()))) as PatternTable, 1500);
  });

  it('finds what the two-pass reference finds (the real pack)', () => {
    check(compileTable(loadPack()), 1500);
  });

  it('finds what the reference finds on whole fixture-like paragraphs', () => {
    const matcher = createMatcher(compileTable(loadPack()));
    const text = [
      'China’s New-Type National System (新型举国体制) aims at chokepoint technologies; de‑risking BANKS.',
      '根据《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）和国发〔2021〕5号，',
      '實施「揭榜掛帥」，十四五规划与二十四五无关。 xīnxíng jǔguó tǐzhì and Jie Bang Gua Shuai',
    ].join('\n');
    const found = matcher.matchText(text);
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(referenceMatchText(matcher.tables, matcher.entries, text));
  });
});
