/**
 * The escaping rules of every export, and the cutting rules of text fragments, over random strings
 * built from the characters that break them: surrogate halves and pairs, bidirectional controls,
 * `\0` and other controls, formula prefixes (ASCII and full-width), Markdown and CSL syntax.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeClipping } from '../test-fixtures';
import { textFragmentUrl } from '../text-fragment';
import { codePointLength, exportText, hasLoneSurrogate, pointOffset, unitOffset } from '../text-safety';
import { neutraliseNote, toCslJson } from './csl-json';
import { csvCell, toCsv } from './csv';
import { escapeMarkdown, toMarkdown } from './markdown';
import { toRis } from './ris';

// prettier-ignore
const NASTY = [
  '\uD83D', '\uDE00', '😀', '𠀀', '中', '\u202E', '\u202D', '\u2066', '\u2069', '\u200F', '\0', '\u0007',
  '\u007F', '\u0085', '=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r', '\n', ' ', '\u3000', '"',
  ',', '[', ']', '(', ')', '<', '>', '&', '\\', '`', '*', '_', '#', '!', '|', ':', '{', '}', '1.',
  'type', 'DOI', 'javascript:', 'http://x.org/', 'a', 'Z',
];
const nasty = fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 40 });
const anyText = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 40 }));

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function clean(s: string): boolean {
  return !hasLoneSurrogate(s) && !BIDI.test(s) && !CONTROL.test(s);
}

/** Reads one RFC 4180 cell back (quoted or not). */
function readCell(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('CSV cells', () => {
  it('never start a formula, hold no control, override or lone surrogate, and read back as written', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const value = readCell(csvCell(s));
        expect(clean(value)).toBe(true);
        const unprefixed = value.startsWith("'") ? value.slice(1) : value;
        // What is left after the guard is the text itself, minus what an export never writes.
        expect(unprefixed).toBe(exportText(s));
        if (/^(?:[\t\r]|[\s\u3000]*[=+\-@＝＋－＠])/.test(unprefixed))
          expect(value.startsWith("'")).toBe(true);
        if (/[",\r\n]/.test(value)) expect(csvCell(s).startsWith('"')).toBe(true);
      }),
    );
  });

  it('guards full-width and space-led formula prefixes', () => {
    for (const s of ['＝1+2', '＋1', '－1', '＠SUM(A1)', '  =1', '\u3000=1', '\t1', '\r=1'])
      expect(readCell(csvCell(s)).startsWith("'")).toBe(true);
    expect(csvCell('a\0b')).toBe('ab');
  });

  it('a whole file has one row per clipping whatever the fields hold', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (quote, note, title) => {
        const csv = toCsv([makeClipping(1, { quote, note, title })]);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(clean(csv.slice(1))).toBe(true);
      }),
    );
  });
});

/** Markdown text with backslash escapes undone: what a renderer shows. */
function unescape(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()<>#+!|~&=.)-])/g, '$1');
}

describe('Markdown', () => {
  it('escapes every markup character and loses no text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeMarkdown(s);
        expect(clean(out)).toBe(true);
        // No markup character stands unescaped.
        expect(out.replace(/\\./gs, '')).not.toMatch(/[\\`*_{}[\]()<>#+!|~&]/);
        expect(unescape(out).replace(/\uFFFD/g, '')).toBe(unescape(escapeMarkdown(s)).replace(/\uFFFD/g, ''));
      }),
    );
  });

  it('makes no link from imported data: only the http(s) source address is a link', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (published, author, site, title) => {
        const md = toMarkdown([
          makeClipping(1, { published: `[x](javascript:alert(1))${published}`, author, site, title }),
        ]);
        // Escaped characters (a backslash and the next character) are plain text; what stays is markup.
        const markup = md.replace(/\\./gs, '__');
        expect([...markup.matchAll(/\]\(/g)]).toHaveLength(1);
        expect(markup).toContain('](<https://site1.example/page/1>)');
      }),
    );
  });

  it('a published value holding a javascript: link is written as text', () => {
    const md = toMarkdown([makeClipping(1, { published: '[x](javascript:alert(1))' })]);
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  });
});

describe('RIS', () => {
  it('every line is a tag line, whatever the fields hold', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (quote, note, title, author) => {
        const ris = toRis([makeClipping(1, { quote, note, title, author, tags: [note] })]);
        const lines = ris.split('\r\n').filter(Boolean);
        for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
        expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
        expect(lines.at(-1)).toBe('ER  - ');
        expect(clean(ris)).toBe(true);
      }),
    );
  });
});

/** citeproc-js's own patterns for data in `note` (a line `variable: value`, or `{:variable: value}`). */
const NOTE_FIELD = /^([-_a-z]+|[A-Z]+):\s*([^}]+)$/;
const NOTE_FIELDS = /\{:(?:[-_a-z]+|[A-Z]+):[^}]+\}/;
/** Zotero's Extra field reads `Field Name: value` lines, field names in any case with spaces. */
const EXTRA_FIELD = /^\s*[\p{L}\p{N}_-][\p{L}\p{N}_ -]*:/u;

describe('CSL-JSON note', () => {
  it('no line of a note or quote reads as a field, and the text reads as written', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = neutraliseNote(s);
        for (const line of out.split('\n')) {
          expect(line).not.toMatch(NOTE_FIELD);
          expect(line).not.toMatch(EXTRA_FIELD);
        }
        expect(out).not.toMatch(NOTE_FIELDS);
        expect(out.replace(/\u2060/g, '')).toBe(s.replace(/\u2060/g, ''));
      }),
    );
  });

  it('keeps the quote and note of an item, with no line taken as data', () => {
    const [item] = JSON.parse(
      toCslJson([makeClipping(1, { quote: 'DOI: 10.1000/x\nsecond', note: 'type: book\n{:issued:1999}' })]),
    );
    for (const line of item.note.split('\n')) expect(line).not.toMatch(NOTE_FIELD);
    expect(item.note.replace(/\u2060/g, '')).toBe('“DOI: 10.1000/x\nsecond”\n\ntype: book\n{:issued:1999}');
  });
});

describe('text fragments', () => {
  it('never throw, cut only between code points, and fall back to the plain address', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('https://a.org/p', 'https://a.org/p#sec', 'https://a.org/p#:~:text=x'),
        (quote, url) => {
          const out = textFragmentUrl(url, quote);
          const text = quote.replace(/\s+/g, ' ').trim();
          if (!text) return;
          if (hasLoneSurrogate(text)) {
            expect(out).not.toContain(':~:');
            expect(url.startsWith(out)).toBe(true);
            return;
          }
          const parts = out.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
          for (const p of parts) {
            expect(hasLoneSurrogate(p)).toBe(false);
            expect(text).toContain(p);
          }
        },
      ),
    );
  });

  it('a long quote of characters outside the BMP is cut between pairs', () => {
    const quote = '𠀀𠀁𠀂'.repeat(40);
    const [start, end] = textFragmentUrl('https://a.org/p', quote).split(':~:text=')[1]!.split(',');
    expect(decodeURIComponent(start!)).toBe('𠀀𠀁𠀂'.repeat(4));
    expect(decodeURIComponent(end!)).toBe('𠀀𠀁𠀂'.repeat(4));
  });
});

describe('code point offsets', () => {
  it('convert both ways and never land inside a pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.nat(40), (s, n) => {
        const i = unitOffset(s, n);
        expect(i).toBeLessThanOrEqual(s.length);
        expect(pointOffset(s, i)).toBe(Math.min(n, codePointLength(s)));
        expect(/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(s.slice(i - 1, i + 1))).toBe(false);
      }),
    );
  });
});
