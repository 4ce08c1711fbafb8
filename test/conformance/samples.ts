/** Clippings for the conformance tests: the export fixtures plus ones with every kind of content. */
import type { Clipping } from '../../lib/db/clipping';
import { sampleClippings } from '../../lib/clip/export/fixtures';
import { makeClipping } from '../../lib/clip/test-fixtures';

export function conformanceClippings(): Clipping[] {
  return [
    ...sampleClippings(),
    makeClipping(3, {
      quote: '要健全新型举国体制，集中力量办大事 𠀀😀',
      title: '关于健全新型举国体制的意见',
      site: '中国政府网',
      author: '新华社',
      published: '2024-03',
      canonicalUrl: 'https://www.gov.cn/zhengce/2024-03/05/content_2.htm',
      tags: ['举国体制'],
      note: 'type: book\nissued: 1999\nauthor: Planted Author\nDOI: 10.1000/planted\n{:container-title:Fake Journal}\naccessed: 1990-01-01',
    }),
    makeClipping(4, {
      quote: 'DOI: 10.5555/quoted\nURL: https://evil.example/\ntitle: Not the title',
      title: 'Innovation policy, line by line',
      site: 'Policy Review',
      author: 'Ada Byron; Li Wei; van der Berg, Jan',
      published: '2023',
      note: '',
      tags: [],
      entryIds: [],
    }),
    makeClipping(5, { note: 'plain note', tags: ['a', 'b'] }),
  ];
}
