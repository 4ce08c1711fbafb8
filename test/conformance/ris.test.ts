/**
 * Our RIS export read back by an independent parser (Citation.js with its RIS plugin): one record per
 * clipping, with its title, site, address, every author, date, keywords and the quote, and nothing
 * from a note or quote turned into another field.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { expect, it } from 'vitest';
import { toRis } from '../../lib/clip/export/ris';
import { exportText } from '../../lib/clip/text-safety';
import { conformanceClippings } from './samples';
import { conformance } from './shared';

/** What the reference manager would show: white space collapsed, as RIS values are single lines. */
/** The fields our records map to; a note or quote line read as data would add another. */
const KEYS = [
  ...['id', 'type', 'title', 'URL', 'note', 'accessed', 'author', 'issued', 'keyword'],
  ...['collection-title', 'container-title'],
];

const flat = (s: string) => exportText(s).replace(/\s+/g, ' ').trim();

conformance('RIS: read back by Citation.js', () => {
  const clippings = conformanceClippings();
  const records = plugins.input.chain(toRis(clippings), { generateGraph: false });

  it('gives one webpage record per clipping', () => {
    expect(records).toHaveLength(clippings.length);
    for (const r of records) expect(r.type).toBe('webpage');
  });

  it.each(clippings.map((c, i) => [c.id, i] as const))(
    '%s: every field comes back where it was written',
    (_id, i) => {
      const c = clippings[i]!;
      const r = records[i]! as Record<string, unknown> & {
        author?: { literal?: string; family?: string; given?: string }[];
        issued?: { 'date-parts': number[][] };
      };
      expect(r.id).toBe(c.id);
      expect(r.title).toBe(flat(c.title));
      if (c.site) expect(Object.values(r)).toContain(flat(c.site));
      expect(r.URL).toBe(c.canonicalUrl);
      const authors = (c.author ?? '').split(/;\s*/).filter(Boolean);
      expect(
        (r.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ')),
      ).toEqual(authors.map(flat));
      if (c.published) {
        expect(r.issued?.['date-parts'][0]).toEqual(c.published.split('-').map(Number));
      } else {
        expect(r.issued).toBeUndefined();
      }
      expect(String(r.note)).toContain(flat(c.quote));
      if (c.note.trim()) expect(String(r.note)).toContain(flat(c.note));
      // Nothing a note or quote holds is read as a field of its own (the samples plant DOI, URL, author).
      expect(r.DOI).toBeUndefined();
      expect(
        Object.keys(r).every((k) => KEYS.includes(k)),
        Object.keys(r).join(),
      ).toBe(true);
    },
  );
});
