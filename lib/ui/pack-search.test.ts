import { describe, expect, test } from 'vitest';
import { loadPack } from '../../data/index';
import { packSearchFactory } from './pack-search';

const pack = loadPack();
const search = packSearchFactory(pack).search;
const target = pack.entries.find((e) => e.zh?.hans === '揭榜挂帅')!;

describe('packSearchFactory', () => {
  test.each(['揭榜挂帅', 'jie bang', 'unveiling the list', 'unveling the list'])(
    '%s finds the entry first',
    (q) => {
      const [first] = search(q);
      expect(first?.kind).toBe('entry');
      expect(first?.items[0]?.route).toEqual({ view: 'entry', id: target.id });
    },
  );

  test('paragraph hits lead into the reader and keys are unique', () => {
    const groups = search('innovation');
    const para = groups.find((g) => g.kind === 'paragraph');
    expect(para?.items[0]?.route.view).toBe('para');
    const keys = groups.flatMap((g) => g.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('clippings added later are found', () => {
    const ui = packSearchFactory(pack);
    expect(ui.search('zanzibarian').length).toBe(0);
    ui.addClippings([
      {
        id: 'c1',
        quote: 'A zanzibarian sentence about chips.',
        url: 'https://x.org/a',
        canonicalUrl: 'https://x.org/a',
        title: 'X',
        site: 'x.org',
        createdAt: 0,
        updatedAt: 0,
        entryIds: [],
        note: '',
        tags: [],
        selectors: [
          { type: 'TextQuoteSelector', exact: 'A zanzibarian sentence about chips.', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 35 },
        ],
      },
    ]);
    const [group] = ui.search('zanzibarian');
    expect(group?.kind).toBe('clipping');
    expect(group?.items[0]).toMatchObject({ ref: 'c1', route: { view: 'clippings' } });
  });
});
