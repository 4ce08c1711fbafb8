/**
 * A generated news article for the benchmark: at least `minChars` of text in many small inline and block
 * nodes, English and Chinese paragraphs, with pack terms and near misses scattered through it.
 */

const EN = [
  'Beijing will use its new national system to break foreign chokepoints in semiconductors',
  'officials promote unveiling the list as an open competition mechanism for research tasks',
  'analysts say the whole-of-government approach of other countries differs from China',
  'the council applied two layers of paint while banks kept de-risking their portfolios',
  'innovation consortia link universities and firms under the 14th Five-Year Plan',
  'the modernized industrial base is anchored in manufacturing and the real economy',
  'reporters asked about export controls, supply chains and economic security strategy',
];
const ZH = [
  '我国将进一步健全新型举国体制，集中力量突破一批卡脖子技术',
  '深入实施揭榜挂帅机制，支持领军企业牵头组建创新联合体',
  '坚持实事求是，加快建设以实体经济为支撑的现代化产业体系',
  '根据《关于推动未来产业创新发展的实施意见》（工信部科〔2024〕12号）的部署',
  '台灣國科會今日宣布推動半導體前瞻研究，與舉國體制不同',
];

/** HTML of an article with at least `minChars` characters of text. */
export function generateArticle(minChars: number): string {
  const parts: string[] = [
    '<!doctype html><html><head><meta charset="utf-8"><title>Bench</title></head><body><article>',
  ];
  let chars = 0;
  for (let i = 0; chars < minChars; i++) {
    const en = EN[i % EN.length]!.split(' ');
    // A link and an emphasis in each paragraph, as in news copy: about 30 characters per text node.
    const words = en.map((w, k) => (k === 2 ? `<a href="/p${i}">${w}</a>` : k === 5 ? `<em>${w}</em>` : w));
    const zh = ZH[i % ZH.length]!;
    parts.push(`<p>${words.join(' ')} (${i}). <span>${zh.slice(0, 9)}</span>${zh.slice(9)}。</p>`);
    chars += en.join(' ').length + zh.length + 8;
    if (i % 20 === 0) parts.push(`<h2>Section ${i / 20}</h2>`);
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}
