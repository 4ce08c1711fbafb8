import { describe, expect, test } from 'vitest';
import { loadPack } from '../../data/index';
import { packSearchFactory } from './pack-search';

const pack = loadPack();
const search = packSearchFactory(pack, []);
const target = pack.entries.find((e) => e.zh?.hans === '揭榜挂帅')!;

describe('packSearchFactory', () => {
  test.each(['揭榜挂帅', 'jie bang', 'unveiling the list', 'unveling the list'])('%s finds the entry first', (q) => {
    const [first] = search(q);
    expect(first?.kind).toBe('entry');
    expect(first?.items[0]?.route).toEqual({ view: 'entry', id: target.id });
  });

  test('paragraph hits lead into the reader and keys are unique', () => {
    const groups = search('innovation');
    const para = groups.find((g) => g.kind === 'paragraph');
    expect(para?.items[0]?.route.view).toBe('para');
    const keys = groups.flatMap((g) => g.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
