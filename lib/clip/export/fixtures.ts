/** Clippings with awkward content for the export tests. */
import type { Clipping } from '../../db/clipping';
import { makeClipping } from '../test-fixtures';

export const LABELS = new Map([
  ['new-national-system', 'New national system'],
  ['chokepoints', 'Chokepoints'],
]);

export const NOW = new Date(Date.UTC(2024, 5, 1, 12));

/** A plain clipping, and one full of markup, formulas, quotes and line breaks. */
export function sampleClippings(): Clipping[] {
  return [
    makeClipping(1, {
      quote: 'Beijing will use its new national system to break chokepoints.',
      title: 'Chips plan unveiled',
      site: 'Example News',
      author: 'Wang Fang; Li Wei',
      published: '2024-03-05',
      canonicalUrl: 'https://news.example.com/2024/03/chips.html',
      entryIds: ['new-national-system', 'chokepoints'],
      tags: ['chips', 'policy'],
      note: 'Key line for chapter 2.',
    }),
    makeClipping(2, {
      quote: '=HYPERLINK("http://evil.example","click"), said <script>alert(1)</script>\nsecond line',
      title: 'A [tricky] *title*',
      site: '@site',
      canonicalUrl: 'https://gov.example.cn/zhengce/2024-03/05/content_1.htm',
      entryIds: ['unknown-entry'],
      tags: ['-minus', '+plus'],
      note: '',
    }),
  ];
}
