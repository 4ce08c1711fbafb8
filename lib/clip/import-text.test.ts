/** Import rules for text and dates: bidi overrides and lone surrogates refuse a file; dates are normalised. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationCollection } from './export/web-annotation';
import { toWebAnnotations } from './export/web-annotation';
import { parseImport } from './import';
import { makeClipping } from './test-fixtures';

function file(edit: (c: AnnotationCollection) => void): string {
  const c = JSON.parse(
    toWebAnnotations([makeClipping(1, { note: 'n', tags: ['t'] })]),
  ) as AnnotationCollection;
  edit(c);
  return JSON.stringify(c);
}

type Field = (c: AnnotationCollection, s: string) => void;
const FIELDS: [string, Field][] = [
  ['quote', (c, s) => (c.first.items[0]!.target.selector[0].exact = `quote ${s}`)],
  ['prefix', (c, s) => (c.first.items[0]!.target.selector[0].prefix = s)],
  ['title', (c, s) => (c.first.items[0]!.target['dcterms:title'] = s)],
  ['site', (c, s) => (c.first.items[0]!.target['dcterms:publisher'] = s)],
  ['author', (c, s) => (c.first.items[0]!.target['dcterms:creator'] = s)],
  ['note', (c, s) => ((c.first.items[0]!.body![0] as { value: string }).value = s)],
  ['tag', (c, s) => ((c.first.items[0]!.body![1] as { value: string }).value = s)],
];

const around = fc.string({ unit: fc.constantFrom('a', ' ', '中', '😀', '\n'), maxLength: 10 });
const BAD = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

describe('import text rules', () => {
  it.each(FIELDS)('refuses a bidi override or a lone surrogate in the %s', (_name, set) => {
    fc.assert(
      fc.property(around, fc.constantFrom(...BAD, ...LONE), around, (a, bad, b) => {
        // A lone surrogate stays lone only when its neighbours do not pair with it.
        const result = parseImport(file((c) => set(c, `${a}${bad}${b}`)));
        expect(result.ok).toBe(false);
        expect((result as { error: string }).error).toMatch(/bidirectional override|lone UTF-16 surrogate/);
      }),
      { numRuns: 30 },
    );
  });

  it('accepts surrogate pairs, right-to-left marks and every plane', () => {
    const text = '𠀀 😀 שלום\u200F مرحبا 中文';
    const result = parseImport(file((c) => FIELDS.forEach(([, set]) => set(c, text))));
    expect(result.ok).toBe(true);
  });

  it('reads back an annotation with no body (no note, tag or entry)', () => {
    const bare = makeClipping(2, { note: '', tags: [], entryIds: [] });
    const exported = JSON.parse(toWebAnnotations([bare])) as AnnotationCollection;
    expect(exported.first.items[0]!.body).toBeUndefined();
    const result = parseImport(JSON.stringify(exported));
    expect(result).toEqual({ ok: true, clippings: [bare] });
  });

  it('normalises publication dates to ISO form, and drops one that is no date', () => {
    const cases: [string, string | undefined][] = [
      ['2024/03/05', '2024-03-05'],
      ['2024年3月5日', '2024-03-05'],
      ['2024-03-05T23:30:00+08:00', '2024-03-05'],
      ['2024-3', '2024-03'],
      [' 2024 ', '2024'],
      ['[x](javascript:alert(1))', undefined],
      ['soon', undefined],
    ];
    for (const [given, expected] of cases) {
      const result = parseImport(file((c) => (c.first.items[0]!.target['dcterms:issued'] = given)));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.clippings[0]!.published).toBe(expected);
    }
  });
});
