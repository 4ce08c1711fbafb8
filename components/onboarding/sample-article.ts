/**
 * The sample article on the onboarding page: written by us for Brief Lens, in English and Chinese,
 * using the brief's terms and documents the way news reports write them, so every feature can be tried
 * offline. It is fiction in form (a made-up news item) about real policy language.
 */
export interface SampleArticle {
  lang: 'en' | 'zh-Hans' | 'zh-Hant';
  headline: string;
  dateline: string;
  paragraphs: string[];
}

export const SAMPLE_EN: SampleArticle = {
  lang: 'en',
  headline: 'Beijing leans on its "new national system" to break technology chokepoints',
  dateline: 'Sample article · written for Brief Lens',
  paragraphs: [
    "BEIJING — China will use its new national system to mobilise laboratories, state-owned enterprises and private firms against the stranglehold technologies that foreign export controls have exposed, officials said this week, in the latest sign that technological self-reliance now frames the country's industrial policy.",
    'The approach, which state media also call a new type of whole-nation system, borrows from the campaigns that gave China its first nuclear weapons. Its defenders say it lets the country concentrate resources to accomplish big undertakings; its critics point to the chip fund scandals that followed the National Integrated Circuit Industry Investment Fund.',
    'Ministries are relying on "unveiling the list and appointing the best", a competitive scheme that posts a research problem and lets any team that can solve it take the lead. Innovation consortia led by large firms are meant to close the gap between universities and industry — what officials call the "two skins" problem.',
    "The Central Science and Technology Commission, set up in 2023, now oversees the effort, while the Ministry of Industry and Information Technology has issued implementation opinions on promoting the innovative development of future industries. The National Development and Reform Commission is drafting the outline of the 15th Five-Year Plan, which is expected to keep the 14th Five-Year Plan's focus on a modern industrial system.",
    'In Washington, officials defend their "small yard, high fence" approach; in Brussels, the European Commission talks of de-risking and economic security. Analysts say BeiDou, the C919 airliner and high-speed rail show what the system can do when the state is also the customer.',
  ],
};

export const SAMPLE_ZH: SampleArticle = {
  lang: 'zh-Hans',
  headline: '发挥新型举国体制优势 攻克“卡脖子”关键核心技术',
  dateline: '示例文章 · 为 Brief Lens 撰写',
  paragraphs: [
    '本报北京电　记者从工业和信息化部获悉，《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）印发以来，各地围绕高水平科技自立自强，加快培育未来产业。',
    '有关负责人表示，要健全新型举国体制，集中力量办大事，推行揭榜挂帅、赛马等机制，支持龙头企业牵头组建创新联合体，推动产学研融合，破解科技与经济“两张皮”问题。',
    '专家指出，加快建设以实体经济为支撑的现代化产业体系，防止脱实向虚，是建设制造强国的关键。中央科技委员会的成立，有利于统筹推进科技体制改革。',
  ],
};

export const SAMPLE_HANT: SampleArticle = {
  lang: 'zh-Hant',
  headline: '新型舉國體制與「卡脖子」技術',
  dateline: '示例文章（繁體）· 為 Brief Lens 撰寫',
  paragraphs: ['分析人士指出，北京以新型舉國體制推動揭榜掛帥與創新聯合體，並以共同富裕與雙循環為長期目標。'],
};
