/** Generated clippings for search tests and the scale measurement; deterministic for a given count. */
import type { Clipping } from '../db/clipping';

const EN = [
  'Beijing pledged more funding for basic research and chip design',
  'Regulators studied supply chain resilience in batteries',
  'The ministry announced a new round of pilot zones for data trading',
  'Exporters of solar modules faced new tariffs in Europe',
  'Local governments expanded subsidies for robotics start-ups',
  'Analysts debated whether industrial policy crowds out private investment',
];
const ZH = [
  '国务院常务会议研究部署推动制造业高质量发展',
  '各地加快培育新兴产业集群，提升产业链韧性',
  '高校与企业共建联合实验室，推动成果转化',
];
const SITES = ['example.org', 'news.example.com', 'gov.example.cn', 'think.example.net'];

/** `count` clippings with varied English and Chinese text, sites and tags. */
export function makeClippings(count: number): Clipping[] {
  return Array.from({ length: count }, (_, i) => {
    const zh = i % 5 === 0;
    const quote = zh ? `${ZH[i % ZH.length]}（第${i}条）` : `${EN[i % EN.length]} (item ${i}).`;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      quote,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: quote.length },
      ],
      url: `https://${SITES[i % SITES.length]}/story/${i}`,
      canonicalUrl: `https://${SITES[i % SITES.length]}/story/${i}`,
      title: zh ? `新闻 ${i}` : `Story ${i}`,
      site: SITES[i % SITES.length]!,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      entryIds: [],
      note: i % 7 === 0 ? 'follow up for the chapter on subsidies' : '',
      tags: i % 3 === 0 ? ['industrial-policy'] : ['reading'],
    } satisfies Clipping;
  });
}
