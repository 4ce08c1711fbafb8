/**
 * Property tests for the ways reporting writes the pack's terms: hyphens spelled as hyphens, spaces or
 * not at all, one by one; a word broken at a line end; Chinese terms quoted in any style; two-part
 * slogans either way round. Each draws from the real pack's own aliases, so a new alias is covered too.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPack } from '../../data/index';
import { expandAliases, swappedForms } from '../pack/expand';
import { compileTable } from './table';
import { createEngine } from './engine';
import type { Alias } from '../pack/types';

const pack = loadPack();
const engine = createEngine(compileTable(pack));
const items = [...pack.entries, ...pack.documents];
/** Aliases that count on their own (no cue, no page evidence, no exact case), with their entry id. */
const plain: [string, Alias][] = items.flatMap((item) =>
  expandAliases(item, pack)
    .filter((a) => !a.context && !a.local && !a.not && !a.shared && !a.caseSensitive && !/[{}]/.test(a.text))
    .map((a): [string, Alias] => [item.id, a]),
);
const english = plain.filter(([, a]) => a.lang === 'en');
const chinese = plain.filter(
  ([, a]) => a.lang === 'zh' && [...a.text].length >= 4 && !/[《》“”"]/.test(a.text),
);

/** The ids of what the engine finds in a sentence around `text`. */
function found(text: string, english: boolean): (string | null)[] {
  const page = english ? `Officials said the ${text} would matter.` : `会议指出，${text}很重要。`;
  return engine.scanText(page).map((m) => m.entryId);
}

const SUSPENDED = /^(and|or|nor|to|than|as|vs|versus|but)\b/;

describe('detection generalises over spelling', () => {
  it('each hyphen of an alias may be a hyphen or a space, and one may close up', () => {
    const hyphenated = english.filter(
      ([, a]) => /[a-z]-[a-z]/i.test(a.text) && a.text.split('-').length <= 4,
    );
    expect(hyphenated.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...hyphenated),
        fc.array(fc.constantFrom('-', ' '), { minLength: 3, maxLength: 3 }),
        fc.nat(4),
        ([id, alias], drawn, closed) => {
          const parts = alias.text.split('-');
          // At most one hyphen closes up ('whole-ofnation' is rare; 'derisk' is not).
          const joins = drawn.map((j, i) => (i === closed ? '' : j));
          const text = parts.reduce((acc, part, i) => {
            const join = joins[i - 1]!;
            // Only letters close up ('2021-35' keeps its hyphen, 'mid- to' its space).
            return acc + (join === '' && !(/[a-z]$/i.test(acc) && /^[a-z]/i.test(part)) ? '-' : join) + part;
          });
          expect(found(text, true)).toContain(id);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a word broken by a hyphen at a line end still matches', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...english),
        fc.nat(),
        fc.constantFrom(' ', '  ', ' \t'),
        ([id, alias], n, gap) => {
          const words = alias.text.split(' ');
          const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
          fc.pre(long.length > 0);
          const [word, i] = long[n % long.length]!;
          const cut = 3 + (n % (word.length - 5));
          fc.pre(!SUSPENDED.test(word.slice(cut)));
          words[i] = `${word.slice(0, cut)}-${gap}${word.slice(cut)}`;
          expect(found(words.join(' '), true)).toContain(id);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a Chinese alias quoted in part or in whole, in any quote style, still matches', () => {
    const quotes = [
      ['“', '”'],
      ['「', '」'],
      ['『', '』'],
      ['〈', '〉'],
      ['‘', '’'],
      ['"', '"'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...chinese),
        fc.constantFrom(...quotes),
        fc.nat(),
        fc.nat(),
        ([id, alias], [open, close], a, b) => {
          const chars = [...alias.text];
          const from = a % (chars.length - 1);
          const to = from + 1 + (b % (chars.length - from - 1)) + 1;
          // Quotes go around whole tokens, never inside a number or a Latin word ('2030', 'AI').
          const inside = (at: number) =>
            /[\da-z.]/i.test(chars[at - 1] ?? '') && /[\da-z.]/i.test(chars[at] ?? '');
          fc.pre(!inside(from) && !inside(to));
          const text = [
            ...chars.slice(0, from),
            open,
            ...chars.slice(from, to),
            close,
            ...chars.slice(to),
          ].join('');
          expect(found(text, false)).toContain(id);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a two-part slogan marked swap matches either way round and with a comma', () => {
    const swappable = items.flatMap((item) =>
      item.aliases.filter((a) => a.swap).map((a) => [item.id, a] as const),
    );
    expect(swappable.length).toBeGreaterThan(0);
    for (const [id, alias] of swappable)
      for (const form of swappedForms(alias.text)) expect(found(form, true), form).toContain(id);
  });
});
