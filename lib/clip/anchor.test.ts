import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, CONTEXT_LENGTH, describe, MIN_QUALITY } from './anchor';

const PAGE = [
  'Beijing will use its new national system to mobilise resources for key core technologies.',
  'Officials said the approach would help break chokepoints in semiconductors and machine tools.',
  'Critics noted that whole-of-nation campaigns have a mixed record in basic research.',
  'The plan names lithography, industrial software and high-end chips as priorities for 2025.',
].join('\n');

const QUOTE = 'help break chokepoints in semiconductors and machine tools';

function described(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return describe(text, start, start + quote.length);
}

suite('describe', () => {
  it('stores the quote, 32 characters of context each side, and the offsets', () => {
    const d = described(PAGE, QUOTE);
    const [quote, position] = d.selectors;
    expect(d.quote).toBe(QUOTE);
    expect(quote.exact).toBe(QUOTE);
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(PAGE.slice(position.start - CONTEXT_LENGTH, position.start)).toBe(quote.prefix);
    expect(PAGE.slice(position.end, position.end + CONTEXT_LENGTH)).toBe(quote.suffix);
  });

  it('keeps what context there is at the edges of the text', () => {
    const d = describe('Short page.', 0, 5);
    expect(d.selectors[0]).toMatchObject({ exact: 'Short', prefix: '', suffix: ' page.' });
  });

  it('clamps offsets outside the text', () => {
    const d = describe('abc', -4, 99);
    expect(d.quote).toBe('abc');
    expect(d.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 });
  });
});

suite('anchor', () => {
  const saved = described(PAGE, QUOTE);

  it('finds the quote exactly on the unchanged page', () => {
    const a = anchor(PAGE, saved.selectors);
    expect(a).toMatchObject({ method: 'exact', quality: 1 });
    expect(PAGE.slice(a!.start, a!.end)).toBe(QUOTE);
  });

  it('finds the quote after an edit before it', () => {
    const page = 'UPDATED 14:05. ' + PAGE.replace('Beijing will use', 'Beijing, officials say, will use');
    const a = anchor(page, saved.selectors);
    expect(a?.method).toBe('exact');
    expect(page.slice(a!.start, a!.end)).toBe(QUOTE);
  });

  it('finds the quote after an edit after it', () => {
    const page =
      PAGE.replace('Critics noted', 'Several critics, speaking anonymously, noted') +
      '\nCorrection appended.';
    const a = anchor(page, saved.selectors);
    expect(a?.method).toBe('exact');
    expect(page.slice(a!.start, a!.end)).toBe(QUOTE);
  });

  it('finds the changed span between the old prefix and suffix after an edit inside it', () => {
    const changed = 'help break chokepoints in advanced semiconductors and machine tools';
    const page = PAGE.replace(QUOTE, changed);
    const a = anchor(page, saved.selectors);
    expect(a?.method).toBe('context');
    expect(page.slice(a!.start, a!.end)).toBe(changed);
    expect(a!.quality).toBeGreaterThan(MIN_QUALITY);
  });

  it('finds a lightly edited quote approximately when its context changed too', () => {
    const changed = 'help to break chokepoints in semiconductors and machine-tools';
    const page =
      'A new introduction was written for this story.\n' +
      PAGE.replace(
        'Officials said the approach would ' + QUOTE,
        'According to the ministry, the programme could ' + changed,
      );
    const a = anchor(page, saved.selectors);
    expect(a).not.toBeNull();
    expect(['position', 'fuzzy']).toContain(a!.method);
    expect(page.slice(a!.start, a!.end)).toContain('break chokepoints in semiconductors');
    expect(a!.quality).toBeGreaterThanOrEqual(MIN_QUALITY);
  });

  it('finds a moved and lightly edited quote by the fuzzy search', () => {
    const changed = 'help break the chokepoints in semiconductors and machine tools';
    const filler = 'Background paragraph about unrelated budget matters. '.repeat(40);
    const page = filler + '\nElsewhere: officials hope to ' + changed + ' soon.\n' + filler;
    const a = anchor(page, saved.selectors);
    expect(a?.method).toBe('fuzzy');
    expect(page.slice(a!.start, a!.end)).toBe(changed);
  });

  it('picks the repeated quote whose context matches', () => {
    const repeated = 'machine tools';
    const page = [
      'Imports of machine tools fell sharply last year, the customs data show.',
      'Officials said the approach would help break chokepoints in semiconductors and machine tools.',
      'Exports of machine tools rose, however, to record levels in the south.',
    ].join('\n');
    const second = page.indexOf(repeated, page.indexOf('semiconductors'));
    const d = describe(page, second, second + repeated.length);
    const edited = 'Preface.\n' + page.replace('Imports of', 'Imports of used');
    const a = anchor(edited, d.selectors);
    expect(a?.method).toBe('exact');
    expect(a!.start).toBe(edited.indexOf(repeated, edited.indexOf('semiconductors')));
  });

  it('uses the position to choose between repeats with the same context', () => {
    const page = 'same words here. '.repeat(10);
    const at = 17 * 6;
    const d = describe(page, at, at + 10);
    const a = anchor(page, d.selectors);
    expect(a).toMatchObject({ start: at, end: at + 10, method: 'exact' });
  });

  it('returns null when the quote is gone', () => {
    const page = PAGE.replace(
      'Officials said the approach would help break chokepoints in semiconductors and machine tools.',
      'The ministry declined to comment on the report.',
    );
    expect(anchor(page, saved.selectors)).toBeNull();
  });

  it('returns null rather than mark a quote rewritten beyond recognition', () => {
    const page = PAGE.replace(QUOTE, 'overcome bottlenecks in chip making and precision equipment');
    const loose = described(PAGE, QUOTE);
    // Change the context as well so the context method cannot vouch for the new words.
    const rewritten = page.replace('Officials said the approach would', 'A spokesperson stated it could');
    expect(anchor(rewritten, loose.selectors)).toBeNull();
  });

  it('does not match a short quote approximately', () => {
    const d = described('The NPC met on Monday in Beijing.', 'NPC');
    expect(anchor('The CPC met on Monday in Beijing.', d.selectors)).toBeNull();
  });

  it('finds Chinese quotes', () => {
    const page = '会议指出，要健全新型举国体制，强化国家战略科技力量。揭榜挂帅等机制将进一步完善。';
    const d = described(page, '健全新型举国体制');
    const edited = '（新华社北京电）' + page;
    const a = anchor(edited, d.selectors);
    expect(edited.slice(a!.start, a!.end)).toBe('健全新型举国体制');
  });

  it('returns null for an empty quote', () => {
    expect(anchor(PAGE, describe(PAGE, 5, 5).selectors)).toBeNull();
  });

  it('returns the same span on unchanged text for any selection (property)', () => {
    const textArb = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', 'c', '新', '。', '\n'),
      minLength: 1,
      maxLength: 300,
    });
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const start = x % text.length;
        const end = start + 1 + (y % (text.length - start));
        const d = describe(text, start, end);
        const a = anchor(text, d.selectors);
        expect(a).not.toBeNull();
        expect(text.slice(a!.start, a!.end)).toBe(d.quote);
        expect([a!.start, a!.end]).toEqual([start, end]);
      }),
      { numRuns: 300 },
    );
  });
});
