import { describe, expect, test } from 'vitest';
import { buildTermLinker } from './brief-terms';
import type { Entry } from '../pack/types';

const entry = (id: string, label: string, aliases: Entry['aliases']): Entry => ({
  id,
  kind: 'concept',
  label,
  aliases,
  definition: '',
  paragraphs: [],
  endnotes: [],
  related: [],
});

const link = buildTermLinker([
  entry('nns', 'new type of whole-nation system', [
    { text: '新型举国体制', lang: 'zh' },
    { text: 'whole-nation system', lang: 'en' },
    { text: 'xinxing juguo tizhi', lang: 'pinyin' },
  ]),
  entry('most', 'Ministry of Science and Technology', [{ text: 'MOST', lang: 'en', caseSensitive: true }]),
  entry('jbgs', 'unveiling the list and appointing the leader', [{ text: '揭榜挂帅', lang: 'zh' }]),
]);

const linked = (text: string) =>
  link(text)
    .filter((s) => s.entryId)
    .map((s) => [s.text, s.entryId]);

describe('buildTermLinker', () => {
  test('prefers the longest alias and keeps all the text', () => {
    const text = 'The new type of whole-nation system (新型举国体制) relies on the whole-nation system.';
    const segments = link(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // Only the first mention of an entry in a paragraph is linked.
    expect(linked(text)).toEqual([['new type of whole-nation system', 'nns']]);
  });

  test('finds Chinese terms without word boundaries', () => {
    expect(linked('实行揭榜挂帅制度')).toEqual([['揭榜挂帅', 'jbgs']]);
  });

  test('respects case-sensitive acronyms and word boundaries', () => {
    expect(linked('most of MOST')).toEqual([['MOST', 'most']]);
    expect(linked('almostly')).toEqual([]);
  });

  test('never links pinyin in running text', () => {
    expect(linked('xinxing juguo tizhi')).toEqual([]);
  });
});
