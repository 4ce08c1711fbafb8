import { describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index';
import type { Clipping } from '../db/clipping';
import { PackSearch, createSearch } from './search';
import { makeClippings } from './test-clippings';

const pack = loadPack();
const search = createSearch(pack);
const first = (q: string) => search.search(q).top[0];

describe('search over the pack', () => {
  it.each([
    ['English label', 'unveiling the list', 'unveiling-the-list'],
    ['reporting alias', 'new national system', 'new-whole-of-nation-system'],
    ['acronym', 'NSWN', 'new-whole-of-nation-system'],
    ['misspelling', 'unveling the list', 'unveiling-the-list'],
    ['misspelling of a long word', 'stranglehold technolgies', 'stranglehold-technologies'],
    ['simplified Chinese', '揭榜挂帅', 'unveiling-the-list'],
    ['traditional Chinese', '揭榜掛帥', 'unveiling-the-list'],
    ['Taiwan phrasing', '工業和資訊化部', 'miit'],
    ['part of a Chinese term', '举国体制', 'whole-nation-system'],
    ['pinyin with tones', 'jiē bǎng guà shuài', 'unveiling-the-list'],
    ['pinyin without tones', 'jie bang gua shuai', 'unveiling-the-list'],
    ['pinyin without spaces', 'jiebang', 'unveiling-the-list'],
    ['pinyin with spaces, partial', 'jie bang', 'unveiling-the-list'],
    ['pinyin of another term', 'xinxing juguo tizhi', 'new-whole-of-nation-system'],
    ['a document', 'economic security strategy', 'eu-economic-security-strategy'],
  ])('finds by %s: %s', (_how, query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it('groups results by kind, entries before documents, passages and clippings', () => {
    const { groups } = search.search('dual circulation');
    expect(groups.map((g) => g.kind)).toEqual(['entry', 'paragraph']);
    expect(groups[0]!.hits[0]!.id).toBe('dual-circulation');
    expect(groups[1]!.hits[0]).toMatchObject({ id: 'policy-implications-p4', title: 'Policy Implications' });
    const hits = groups[1]!.hits;
    expect(hits.every((h, i) => i === 0 || hits[i - 1]!.score >= h.score)).toBe(true);
  });

  it("finds the brief's paragraphs by their words", () => {
    const { groups } = search.search('lithography machines operating systems aircraft engines', {
      kinds: ['paragraph'],
    });
    expect(groups[0]!.hits[0]!.id).toBe('too-many-stakeholders-p5');
  });

  it('limits hits per group and filters by kind', () => {
    const r = search.search('technology', { limit: 2, kinds: ['entry'] });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.hits).toHaveLength(2);
  });

  it('gives empty results for an empty query', () => {
    expect(search.search('   ')).toEqual({ query: '   ', groups: [], top: [] });
  });
});

describe('clippings in the search', () => {
  const base = makeClippings(30);
  const special: Clipping = {
    ...base[0]!,
    id: 'b1f6c0de-0000-4000-8000-000000000001',
    quote: '工信部表示將以揭榜掛帥方式推動人形機器人發展',
    title: '未來產業新聞',
    tags: ['robots'],
  };

  it('indexes clippings given at creation, in either script', () => {
    const s = createSearch(pack, [...base, special]);
    expect(s.clippingCount).toBe(31);
    const hits = s.search('人形机器人', { kinds: ['clipping'] }).top;
    expect(hits[0]?.id).toBe(special.id);
  });

  it('adds, replaces and removes clippings one at a time', () => {
    const s = createSearch(pack, base);
    expect(s.search('humanoid', { kinds: ['clipping'] }).top).toHaveLength(0);
    s.addClipping({ ...special, quote: 'MIIT wants humanoid robots by 2025' });
    expect(s.search('humanoid', { kinds: ['clipping'] }).top[0]?.id).toBe(special.id);
    s.addClipping({ ...special, quote: 'Replaced text about quantum sensors' });
    expect(s.search('humanoid', { kinds: ['clipping'] }).top).toHaveLength(0);
    expect(s.search('quantum sensors', { kinds: ['clipping'] }).top[0]?.id).toBe(special.id);
    expect(s.clippingCount).toBe(31);
    s.removeClipping(special.id);
    s.removeClipping('not-there');
    expect(s.search('quantum sensors', { kinds: ['clipping'] }).top).toHaveLength(0);
    expect(s.clippingCount).toBe(30);
  });

  it('builds in chunks with the same answers', async () => {
    const s = await PackSearch.build(pack, [...base, special], 7);
    expect(s.clippingCount).toBe(31);
    expect(s.search('人形机器人', { kinds: ['clipping'] }).top[0]?.id).toBe(special.id);
    expect(s.search('jiebang').top[0]?.id).toBe('unveiling-the-list');
  });

  it('finds clippings by tag and site', () => {
    const s = createSearch(pack, [special]);
    expect(s.search('robots').groups.find((g) => g.kind === 'clipping')?.hits[0]?.id).toBe(special.id);
  });
});
