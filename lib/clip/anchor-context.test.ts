/** Anchoring a repeated quote by approximate context, and preferring "not found" to the wrong occurrence. */
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from './anchor';

const PHRASE = 'the new national system';
const FILLER = 'The ministry published a long list of measures for the year ahead. '.repeat(6);
const PAGE =
  `In March the State Council said "${PHRASE}" would be used for chips. ${FILLER}` +
  `Later, officials of the Ministry of Industry argued "${PHRASE}" suits batteries too. Nobody said when.`;
const FIRST = PAGE.indexOf(PHRASE);
const SECOND = PAGE.indexOf(PHRASE, FIRST + 1);

suite('repeated quotes', () => {
  const saved = describe(PAGE, SECOND, SECOND + PHRASE.length).selectors;

  it('characters changed right beside the quote do not cancel its context', () => {
    // Text added above moves the saved position nearer the first occurrence than the second.
    const edited = `${'Added. '.repeat(60)}${PAGE.replace(`argued "${PHRASE}" suits`, `argued '${PHRASE}' suits`)}`;
    const second = edited.lastIndexOf(PHRASE);
    expect(anchor(edited, saved)).toMatchObject({
      start: second,
      end: second + PHRASE.length,
      method: 'exact',
    });
  });

  it('600 characters added above and straight quotes made curly: the second occurrence, not the first', () => {
    const edited = `${'Background paragraph. '.repeat(27)}${PAGE}`.replace(/"([^"]*)"/g, '“$1”');
    const first = edited.indexOf(PHRASE);
    const second = edited.indexOf(PHRASE, first + 1);
    const found = anchor(edited, saved);
    expect(found?.start).not.toBe(first);
    expect(found).toMatchObject({ start: second, end: second + PHRASE.length });
  });

  it('is not found when every occurrence has lost the saved context', () => {
    const rewritten =
      `Quite different words around ${PHRASE} here, and elsewhere ` +
      `other unrelated words around ${PHRASE} there.`;
    expect(anchor(rewritten, saved)).toBeNull();
  });

  it('never lands on the first occurrence, whatever is added above (property)', () => {
    fc.assert(
      fc.property(fc.nat(900), fc.boolean(), (pad, curly) => {
        const base = curly ? PAGE.replace(/"([^"]*)"/g, '“$1”') : PAGE;
        const edited = 'x'.repeat(pad) + base;
        const found = anchor(edited, saved);
        if (found) expect(found.start).toBe(edited.lastIndexOf(PHRASE));
      }),
    );
  });
});

suite('code points', () => {
  it('positions count code points, and a quote after astral characters is found from them', () => {
    const page = `${'😀'.repeat(10)} the plan ${'😀'.repeat(10)} the plan`;
    const at = page.lastIndexOf('the plan');
    const d = describe(page, at, at + 8);
    expect(d.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 31, end: 39 });
    expect(anchor(page, d.selectors)).toMatchObject({ start: at, end: at + 8 });
  });

  it('context never starts or ends inside a surrogate pair (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(80), fc.nat(10), (text, s, n) => {
        const start = Math.min(s, text.length);
        const d = describe(text, start, start + n).selectors[0];
        for (const part of [d.prefix, d.exact, d.suffix]) {
          expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(part)).toBe(false);
        }
        expect(Array.from(d.prefix).length).toBeLessThanOrEqual(32);
        expect(Array.from(d.suffix).length).toBeLessThanOrEqual(32);
      }),
    );
  });
});
