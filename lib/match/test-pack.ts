/**
 * A small pack in the real pack's shape, for the engine's tests and for benchmarks run before the real
 * pack is available. Its entries follow the brief; its traditional forms are written out because the
 * real pack also carries them (the matcher converts nothing at run time).
 */
import type { Alias, Entry, Pack, PackDocument } from '../pack/types';

const en = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'en', ...extra });
const zh = (...texts: string[]): Alias[] => texts.map((text) => ({ text, lang: 'zh' }));

function entry(
  id: string,
  label: string,
  hans: string,
  hant: string,
  aliases: Alias[],
  extra: Partial<Entry> = {},
): Entry {
  return {
    id,
    kind: 'concept',
    label,
    zh: { hans, hant, pinyin: '' },
    aliases,
    definition: label,
    paragraphs: [],
    endnotes: [],
    related: [],
    ...extra,
  };
}

const TECH_CUES = ['technology', 'technologies', 'semiconductor', 'chips', 'export controls'];

const entries: Entry[] = [
  entry('new-whole-of-nation-system', 'new-style whole-of-nation system', '新型举国体制', '新型舉國體制', [
    en('new-style whole-of-nation system'),
    en('new national system'),
    en('new whole-of-nation system'),
    en('NSWN', { caseSensitive: true }),
    { text: 'xīnxíng jǔguó tǐzhì', lang: 'pinyin' },
    ...zh('新型举国体制', '新型舉國體制'),
  ]),
  entry('whole-of-nation-system', 'whole-of-nation system', '举国体制', '舉國體制', [
    en('whole-of-nation system'),
    en('whole-of-nation approach'),
    ...zh('举国体制', '舉國體制'),
  ]),
  entry(
    'two-layers',
    'two layers (两张皮)',
    '两张皮',
    '兩張皮',
    [
      en('two-layers problem'),
      en('two layers', { context: ['academia', 'industry', 'research', 'universities', 'innovation'] }),
      ...zh('两张皮', '兩張皮'),
    ],
    { related: ['unveiling-the-list', 'industry-university-research'] },
  ),
  entry('unveiling-the-list', 'unveiling the list', '揭榜挂帅', '揭榜掛帥', [
    en('unveiling the list'),
    en('open competition mechanism'),
    ...zh('揭榜挂帅', '揭榜掛帥'),
  ]),
  entry('chokepoints', 'chokepoint technologies', '卡脖子', '卡脖子', [
    en('chokepoint technologies'),
    en('chokepoint', { context: TECH_CUES }),
    en('stranglehold', { context: TECH_CUES }),
    ...zh('卡脖子技术', '卡脖子技術', '卡脖子'),
  ]),
  entry('de-risking', 'de-risking', '去风险', '去風險', [
    en('de-risking', {
      context: ['European Commission', 'EU', 'economic security', 'supply chains'],
      where: true,
    }),
    ...zh('去风险', '去風險'),
  ]),
  entry('modernized-industrial-system', 'modernized industrial system', '现代化产业体系', '現代化產業體系', [
    en('modernized industrial base'),
    en('modern industrial system'),
    ...zh('现代化产业体系', '現代化產業體系'),
  ]),
  entry('qiushi', 'Qiushi', '求是', '求是', [en('Qiushi'), ...zh('求是')], {
    kind: 'institution',
    exclusions: ['实事求是', '實事求是'],
  }),
  entry(
    'most',
    'Ministry of Science and Technology',
    '科学技术部',
    '科學技術部',
    [
      en('Ministry of Science and Technology'),
      en('MOST', { caseSensitive: true, context: ['China', 'Chinese'], where: true }),
      ...zh('科学技术部', '科學技術部', '科技部'),
    ],
    { kind: 'institution' },
  ),
  entry('innovation-consortia', 'innovation consortia', '创新联合体', '創新聯合體', [
    en('innovation consortia'),
    en('innovation consortium'),
    ...zh('创新联合体', '創新聯合體'),
  ]),
  entry('future-industries', 'future industries', '未来产业', '未來產業', [
    en('future industries'),
    ...zh('未来产业', '未來產業'),
  ]),
  entry(
    'industry-university-research',
    'industry–university–research integration',
    '产学研融合',
    '產學研融合',
    [en('industry-university-research integration'), ...zh('产学研融合', '產學研融合', '产学研')],
  ),
];

function doc(
  id: string,
  label: string,
  hans: string,
  hant: string,
  aliases: Alias[],
  urls: string[],
  endnotes: number[],
): PackDocument {
  return {
    id,
    label,
    zh: { hans, hant, pinyin: '' },
    aliases,
    issuer: 'State Council',
    date: '2021-03',
    definition: label,
    urls,
    endnotes,
    paragraphs: [],
    related: [],
  };
}

const documents: PackDocument[] = [
  doc(
    'fyp-14',
    '14th Five-Year Plan',
    '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
    '中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要',
    [
      en('14th Five-Year Plan'),
      en('Fourteenth Five-Year Plan'),
      ...zh(
        '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
        '中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要',
        '十四五规划',
        '十四五規劃',
        '十四五',
        '第十四个五年规划',
        '第十四個五年規劃',
      ),
    ],
    ['https://www.gov.cn/xinwen/2021-03/13/content_5592681.htm'],
    [21],
  ),
  doc(
    'future-industries-opinions',
    'Implementation Opinions on Promoting the Innovative Development of Future Industries',
    '关于推动未来产业创新发展的实施意见',
    '關於推動未來產業創新發展的實施意見',
    [
      en('Implementation Opinions on Promoting the Innovative Development of Future Industries'),
      ...zh('关于推动未来产业创新发展的实施意见', '關於推動未來產業創新發展的實施意見'),
    ],
    [],
    [26],
  ),
  doc(
    'st-progress-law',
    'Science and Technology Progress Law',
    '科学技术进步法',
    '科學技術進步法',
    [
      en('Science and Technology Progress Law'),
      en('S&T Progress Law'),
      ...zh('科学技术进步法', '科學技術進步法'),
    ],
    [],
    [19],
  ),
];

/** The test pack. */
export function testPack(): Pack {
  return {
    version: 'test-1',
    brief: {
      title: 'Whole-of-Nation Innovation',
      author: 'Jeroen Groenewegen-Lau',
      publishers: ['MERICS', 'UC IGCC'],
      date: '2024',
      urls: [],
      citation: '',
    },
    sections: [],
    paragraphs: [],
    endnotes: [
      {
        n: 4,
        text: 'Drinhausen and Legarda',
        links: [
          {
            title: 'Comprehensive National Security unleashed',
            url: 'https://merics.org/en/report/comprehensive-national-security-unleashed-how-xis-approach-shapes-chinas-policies-home-and',
          },
        ],
      },
      {
        n: 21,
        text: '14th Five-Year Plan',
        links: [
          { title: '14th Five-Year Plan', url: 'https://www.gov.cn/xinwen/2021-03/13/content_5592681.htm' },
        ],
      },
      {
        n: 22,
        text: 'Zheng Shanjie in Qiushi',
        links: [
          {
            title: 'Qiushi, July 1, 2023',
            url: 'http://www.qstheory.cn/dukan/qs/2023-07/01/c_1129723073.htm',
          },
        ],
      },
    ],
    entries,
    documents,
  };
}
