import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, normaliseKey, renderedText } from './normalise';

describe('normalise', () => {
  it('folds case, full-width forms, dashes, quotes and tone marks', () => {
    expect(normaliseKey('ＮＥＷ　National\u2011System')).toBe('new national-system');
    expect(normaliseKey('de\u2013risking \u201cchokepoints\u201d China\u2019s')).toBe(
      "de-risking chokepoints china's",
    );
    expect(normaliseKey('xīnxíng jǔguó tǐzhì')).toBe('xinxing juguo tizhi');
    expect(normaliseKey('（国发〔2021〕5号）')).toBe('(国发〔2021〕5号)');
  });

  it('drops soft hyphens and zero-width characters, collapses whitespace', () => {
    expect(normaliseKey('choke\u00adpoint')).toBe('chokepoint');
    expect(normaliseKey('in\u200bnovation \t\u00a0 consortia')).toBe('innovation consortia');
  });

  it('removes whitespace between Chinese characters but keeps block separators', () => {
    expect(normalise('新型举 \t 国体制').text).toBe('新型举国体制');
    expect(normalise('新型举\n国体制').text).toBe('新型举\n国体制');
    expect(normalise('a \n b').text).toBe('a\nb');
    expect(normalise('new \t national').text).toBe('new national');
  });

  it('maps every normalised offset back to the source character', () => {
    const input = 'Ａb\u00ad c\u200bD  ｅ';
    const { text, origin } = normalise(input);
    expect(text).toBe('ab cd e');
    expect([...text].map((_, i) => input[origin[i]!])).toEqual(['Ａ', 'b', ' ', 'c', 'D', ' ', 'ｅ']);
    expect(origin[text.length]).toBe(input.length);
  });

  it('keeps origins monotonic and in range on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const { text, origin } = normalise(s);
        expect(origin.length).toBe(text.length + 1);
        for (let i = 0; i < text.length; i++) {
          expect(origin[i]!).toBeGreaterThanOrEqual(i > 0 ? origin[i - 1]! : 0);
          expect(origin[i]!).toBeLessThan(s.length);
        }
      }),
    );
  });

  it('joins a word hyphenated at a line end, but not a suspended compound or a spaced dash', () => {
    expect(normaliseKey('core tech- nologies')).toBe('core technologies');
    expect(normaliseKey('inno-\t vation')).toBe('innovation');
    expect(normaliseKey('small- and medium-sized')).toBe('small- and medium-sized');
    expect(normaliseKey('pre- or post-war')).toBe('pre- or post-war');
    expect(normaliseKey('US - China')).toBe('us - china');
    expect(normalise('de-\nrisk').text).toBe('de-\nrisk');
  });

  it('drops quote marks of every style around Chinese text and double quotes anywhere', () => {
    for (const [open, close] of [
      ['“', '”'],
      ['「', '」'],
      ['『', '』'],
      ['〈', '〉'],
      ['"', '"'],
      ['‘', '’'],
    ])
      expect(normaliseKey(`${open}十四五${close}规划`)).toBe('十四五规划');
    expect(normaliseKey('the "open competition" mechanism')).toBe('the open competition mechanism');
    expect(normaliseKey("China's")).toBe("china's");
  });

  it('a line-end hyphen followed by spaces reads as one word, whatever the word (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2,8}$/),
        fc.stringMatching(/^[a-z]{4,8}$/),
        fc.constantFrom(' ', '  ', ' \t', '\u00a0'),
        (a, b, gap) => {
          fc.pre(!['and', 'or', 'nor', 'to', 'than', 'as', 'vs', 'versus', 'but'].includes(b));
          expect(normaliseKey(`x ${a}-${gap}${b} y`)).toBe(`x ${a}${b} y`);
        },
      ),
    );
  });

  it('renders page text with whitespace collapsed and invisible characters removed', () => {
    expect(renderedText('  choke\u00adpoint\n   technologies ')).toBe('chokepoint technologies');
  });
});
