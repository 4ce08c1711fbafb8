import { describe, expect, it } from 'vitest';
import { toCslJson } from './csl-json';
import { csvCell, toCsv } from './csv';
import { EXPORT_FORMATS, exportFileName } from './formats';
import { makeClipping } from '../test-fixtures';
import { LABELS, NOW, sampleClippings } from './fixtures';
import { escapeMarkdown, toMarkdown } from './markdown';
import { toRis } from './ris';
import { ANNO_CONTEXT, toWebAnnotations, type AnnotationCollection } from './web-annotation';

const ctx = { labels: LABELS, now: NOW };

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) so the test reads what a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('Markdown', () => {
  const md = toMarkdown(sampleClippings(), ctx);

  it('reads a quote as the page shows it: blank lines are paragraph breaks, other white space one space', () => {
    const out = toMarkdown([makeClipping(1, { quote: 'Level 2\n\n\n  Lorem ipsum\n    dolor sit' })], ctx);
    expect(out).toContain('\n> Level 2\n>\n> Lorem ipsum dolor sit\n');
  });

  it('holds the quote as a blockquote, the source link, date, tags and entries by label', () => {
    expect(md).toContain('# Brief Lens clippings\n\nExported 2024-06-01: 2 clippings.');
    expect(md).toContain(
      '## Chips plan unveiled\n\n> Beijing will use its new national system to break chokepoints.',
    );
    expect(md).toContain(
      '- Source: [Example News](<https://news.example.com/2024/03/chips.html>) (Wang Fang; Li Wei, 2024-03-05)',
    );
    expect(md).toContain('- Saved: 2024-01-01');
    expect(md).toContain('- Tags: chips, policy');
    expect(md).toContain('- Mentions: New national system, Chokepoints');
    expect(md).toContain('\n\nKey line for chapter 2.');
  });

  it('keeps markup from pages as literal text', () => {
    expect(md).toContain('## A \\[tricky\\] \\*title\\*');
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).toContain('> second line');
    expect(md).not.toMatch(/[^\\]<script>/);
    expect(md).toContain('- Mentions: unknown-entry');
    expect(escapeMarkdown('a_b')).toBe('a\\_b');
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads Chinese text as UTF-8', () => {
    const csv = toCsv(sampleClippings(), ctx);
    expect(csv.startsWith('\uFEFFid,saved,')).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes per RFC 4180 and survives a round trip', () => {
    const rows = parseCsv(toCsv(sampleClippings(), ctx).slice(1));
    expect(rows[0]).toEqual([
      'id',
      'saved',
      'quote',
      'note',
      'tags',
      'entries',
      'title',
      'site',
      'author',
      'published',
      'url',
    ]);
    expect(rows[1]).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '2024-01-01T00:01:00.000Z',
      'Beijing will use its new national system to break chokepoints.',
      'Key line for chapter 2.',
      'chips; policy',
      'New national system; Chokepoints',
      'Chips plan unveiled',
      'Example News',
      'Wang Fang; Li Wei',
      '2024-03-05',
      'https://news.example.com/2024/03/chips.html',
    ]);
    expect(rows[2]![2]).toBe(
      `'=HYPERLINK("http://evil.example","click"), said <script>alert(1)</script>\nsecond line`,
    );
    expect(rows).toHaveLength(3);
  });

  it('defuses formula cells', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+2`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    const rows = parseCsv(toCsv(sampleClippings(), ctx).slice(1));
    expect(rows[2]![4]).toBe("'-minus; +plus");
    expect(rows[2]![7]).toBe("'@site");
  });
});

describe('Web Annotations', () => {
  const collection = JSON.parse(toWebAnnotations(sampleClippings(), ctx)) as AnnotationCollection;

  it('is an AnnotationCollection with the W3C context', () => {
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.items).toHaveLength(2);
  });

  it('targets the source with both selectors and carries note, tags and entries as bodies', () => {
    const [a] = collection.first.items;
    expect(a).toMatchObject({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-01-01T00:01:00.000Z',
      target: {
        source: 'https://news.example.com/2024/03/chips.html',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Beijing will use its new national system to break chokepoints.',
          },
          { type: 'TextPositionSelector' },
        ],
        'dcterms:title': 'Chips plan unveiled',
        'dcterms:issued': '2024-03-05',
      },
    });
    expect(a!.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Key line for chapter 2.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'chips' },
      { type: 'TextualBody', purpose: 'tagging', value: 'policy' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'urn:brief-lens:entry:new-national-system',
        'schema:name': 'New national system',
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'urn:brief-lens:entry:chokepoints',
        'schema:name': 'Chokepoints',
      },
    ]);
    expect(collection.first.items[1]!.motivation).toBe('highlighting');
  });
});

describe('CSL-JSON', () => {
  it('gives one webpage item per clipping with authors, dates, quote and keywords', () => {
    const items = JSON.parse(toCslJson(sampleClippings(), ctx));
    expect(items[0]).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      type: 'webpage',
      title: 'Chips plan unveiled',
      'container-title': 'Example News',
      URL: 'https://news.example.com/2024/03/chips.html',
      author: [{ literal: 'Wang Fang' }, { literal: 'Li Wei' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [[2024, 1, 1]] },
      note: '“Beijing will use its new national system to break chokepoints.”\n\nKey line for chapter 2.',
      keyword: 'chips, policy, New national system, Chokepoints',
    });
    expect(items[1].issued).toBeUndefined();
  });
});

describe('RIS', () => {
  it('writes tagged records with single-line values', () => {
    const ris = toRis(sampleClippings(), ctx);
    const first = ris.split('\r\n\r\n')[0]!.split('\r\n');
    expect(first).toEqual([
      'TY  - ELEC',
      'ID  - 00000000-0000-4000-8000-000000000001',
      'TI  - Chips plan unveiled',
      'T2  - Example News',
      'AU  - Wang Fang',
      'AU  - Li Wei',
      'PY  - 2024',
      'DA  - 2024/03/05/',
      'Y2  - 2024/01/01/',
      'UR  - https://news.example.com/2024/03/chips.html',
      'N1  - “Beijing will use its new national system to break chokepoints.” — Key line for chapter 2.',
      'KW  - chips',
      'KW  - policy',
      'KW  - New national system',
      'KW  - Chokepoints',
      'ER  - ',
    ]);
    expect(ris).toContain('<script>alert(1)</script> second line');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
  });
});

describe('formats', () => {
  it('names files by date and builds each format with the quote and the address', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportFileName(format, NOW)).toBe(`brief-lens-clippings-2024-06-01.${format.extension}`);
      const out = format.build(sampleClippings(), ctx);
      expect(out).toContain('break chokepoints');
      expect(out).toContain('https://news.example.com/2024/03/chips.html');
    }
  });
});
