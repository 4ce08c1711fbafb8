/**
 * Our CSL-JSON export against the CSL project's input schema (ajv), and rendered by citeproc-js (the
 * processor Zotero and Mendeley use) with the APA and Chicago author-date styles and the en-US locale:
 * each entry shows the title, the site, the address, every author, and the year or the access date;
 * no line of a reader's note or of a quote is read as data.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import CSL from 'citeproc';
import { expect, it } from 'vitest';
import { toCslJson, type CslItem } from '../../lib/clip/export/csl-json';
import { conformanceClippings } from './samples';
import { conformance, readJson, readRef } from './shared';

const STYLES = ['apa', 'chicago-author-date'] as const;
/** What the notes and quotes of the samples try to plant as citation data. */
const PLANTED = [
  'Planted Author',
  '1999',
  '1990',
  'Fake Journal',
  '10.1000/planted',
  '10.5555/quoted',
  'evil.example',
  'Not the title',
];

conformance('CSL-JSON: CSL input schema and citeproc-js', () => {
  const items = JSON.parse(toCslJson(conformanceClippings())) as CslItem[];

  it('validates against the CSL input schema (csl-data.json)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readJson<object>('csl', 'csl-data.json'));
    expect(validate(items), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('citeproc-js reads no line of a note or a quote as data (access date kept)', () => {
    for (const item of items) {
      const read = structuredClone(item) as unknown as Record<string, unknown>;
      CSL.parseNoteFieldHacks(read, false, true);
      const { note: _ignored, ...rest } = read;
      const { note: _original, ...expected } = item;
      expect(rest).toEqual(expected);
      expect(read.accessed).toEqual(item.accessed);
    }
  });

  function render(style: (typeof STYLES)[number]): Map<string, string> {
    const byId = new Map(items.map((i) => [i.id, i]));
    const engine = new CSL.Engine(
      {
        retrieveLocale: () => readRef('csl', 'locales', 'locales-en-US.xml'),
        retrieveItem: (id) => structuredClone(byId.get(id)),
      },
      readRef('csl', 'styles', `${style}.csl`),
      'en-US',
    );
    engine.setOutputFormat('text');
    const out = new Map<string, string>();
    for (const item of items) {
      engine.updateItems([item.id]);
      const bibliography = engine.makeBibliography();
      if (!bibliography) throw new Error(`${style}: no bibliography for ${item.id}`);
      out.set(item.id, bibliography[1].join(''));
    }
    return out;
  }

  it.each(STYLES)('%s: title, site, URL, every author, year or access date; nothing planted', (style) => {
    const rendered = render(style);
    expect(rendered.size).toBe(items.length);
    for (const item of items) {
      const entry = rendered.get(item.id)!;
      const plain = entry.toLowerCase();
      expect(plain, entry).toContain(item.title.toLowerCase());
      if (item['container-title']) expect(plain, entry).toContain(item['container-title'].toLowerCase());
      expect(entry).toContain(item.URL);
      for (const author of item.author ?? []) expect(entry).toContain(author.literal);
      const year = item.issued?.['date-parts'][0]![0] ?? item.accessed['date-parts'][0]![0];
      expect(entry).toContain(String(year));
      for (const planted of PLANTED) expect(entry).not.toContain(planted);
    }
  });
});
