import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compileTable } from './table';
import { createEngine } from './engine';
import { testPack } from './test-pack';
import type { Mention } from './types';

const engine = createEngine(JSON.parse(JSON.stringify(compileTable(testPack()))));

function scanPage(name: string): Mention[] {
  const { document } = parseHTML(readFileSync(`test/fixtures/pages/${name}.html`, 'utf8'));
  return engine.scanRoot(document.body).mentions;
}

const ids = (ms: Mention[]): (string | null)[] => ms.map((m) => m.entryId);
const texts = (ms: Mention[]): string[] => ms.map((m) => m.text);

describe('engine on the fixture pages (test pack)', () => {
  it('English news: terms, acronyms, inline markup, citations; nothing from hidden, code or our UI', () => {
    const ms = scanPage('en-news');
    expect(texts(ms)).toEqual([
      'new national system',
      'chokepoints',
      'new national system',
      'chokepoints',
      '新型举国体制',
      'xīnxíng jǔguó tǐzhì',
      'whole-of-nation approach',
      'NSWN',
      '14th Five-Year Plan',
      'chokepoint technologies',
      'unveiling the list',
      '揭榜挂帅',
      'open competition mechanism',
      'innovation consortia',
      'two-layers problem',
      'Ministry of Science and Technology',
      '两张皮',
      'Qiushi',
      'modernized industrial base',
      // Hidden only by a stylesheet rule: linkedom has no CSS, so the scan command reports it (browsers do not).
      'new national system',
      'de-risking',
      'de-risking',
      'MERICS report on comprehensive national security',
    ]);
    const plan = ms.find((m) => m.text === '14th Five-Year Plan')!;
    expect(plan).toMatchObject({
      entryId: 'fyp-14',
      kind: 'document',
      endnote: 21,
      zh: '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
    });
    expect(ms.at(-1)).toMatchObject({ entryId: null, kind: 'document', endnote: 4 });
  });

  it('simplified Chinese news: no word boundaries, exclusions, 《》 titles of known documents', () => {
    const ms = scanPage('zh-hans-news');
    expect(ids(ms)).toEqual([
      'new-whole-of-nation-system',
      'most',
      'new-whole-of-nation-system',
      'chokepoints',
      'most',
      'unveiling-the-list',
      'innovation-consortia',
      'industry-university-research',
      'two-layers',
      'fyp-14',
      'modernized-industrial-system',
      'future-industries',
      'qiushi',
      'fyp-14',
      'whole-of-nation-system',
      'new-whole-of-nation-system',
    ]);
    // 求是 inside 实事求是 is not Qiushi; the 《》 around the full plan title belongs to the mention.
    expect(ms.filter((m) => m.entryId === 'qiushi').map((m) => m.text)).toEqual(['求是']);
    expect(ms.filter((m) => m.entryId === 'fyp-14').map((m) => m.text)[1]).toMatch(
      /^《中华人民共和国.*纲要》$/,
    );
  });

  it('traditional Chinese news: traditional forms, and Taiwan’s 國科會 is not China’s ministry', () => {
    const ms = scanPage('zh-hant-news');
    expect(texts(ms)).toContain('新型舉國體制');
    expect(texts(ms)).toContain('揭榜掛帥');
    expect(texts(ms)).toContain('十四五規劃');
    expect(ms.filter((m) => m.entryId === 'most').map((m) => m.text)).toEqual(['科學技術部']);
    expect(texts(ms).some((t) => t.includes('國科會'))).toBe(false);
    expect(texts(ms).some((t) => t.includes('十五五'))).toBe(false);
  });

  it('gov.cn notice: known and unknown 《》 titles and document numbers in all bracket styles', () => {
    const ms = scanPage('gov-notice');
    const unknown = ms.filter((m) => m.entryId === null).map((m) => m.label);
    expect(unknown).toEqual([
      '工信部联科〔2024〕12号',
      '《国务院关于印发〈新一代人工智能发展规划〉的通知》',
      '国发〔2017〕35号',
      '《“十四五”数字经济发展规划》',
      '国发[2021]29号',
      '《关于完善科技成果评价机制的指导意见》',
      '国办发（2021）26号',
      '《关于加快培育发展制造业优质企业的指导意见》',
      '工信部联政法〔2021〕70号',
    ]);
    expect(ms.find((m) => m.text === '《科学技术进步法》')?.entryId).toBe('st-progress-law');
    expect(ms.find((m) => m.text.startsWith('《关于推动未来产业'))?.entryId).toBe(
      'future-industries-opinions',
    );
    // Terms inside a title are reported with the title, not on their own.
    expect(ms.filter((m) => m.entryId === 'future-industries')).toHaveLength(0);
    expect(texts(ms).some((t) => t.includes('人民日报') || t.includes('三体'))).toBe(false);
  });

  it('terms split by tags, soft hyphens, line breaks, zero-width and full-width characters', () => {
    const ms = scanPage('split-terms');
    expect(texts(ms)).toEqual([
      'new national system',
      'chokepoint technologies',
      'new‑style whole‑of‑nation system',
      'unveiling the list',
      'NEW NATIONAL SYSTEM',
      '新型举国体制',
      '揭榜挂帅',
      '创新联 合体',
      '产学研 融合',
      'innovation consortia',
      'ｎｅｗ ｎａｔｉｏｎａｌ ｓｙｓｔｅｍ',
      'de‑risking',
      'chokepoints',
      'de-risked',
      'chokepoint',
      'chokepoints',
    ]);
  });

  it('near misses: nothing matches', () => {
    expect(scanPage('near-misses')).toEqual([]);
  });
});

describe('engine rules', () => {
  it('context-dependent aliases need a cue, a China cue (where allowed) or a related entry nearby', () => {
    expect(engine.scanText('Banks keep de-risking.')).toEqual([]);
    expect(ids(engine.scanText('Banks keep de-risking in China.'))).toEqual(['de-risking']);
    expect(ids(engine.scanText('The EU is de-risking.\nChina.'))).toEqual(['de-risking']);
    // The window is the block before, the block and the block after; two blocks away is too far.
    expect(ids(engine.scanText('Firms are de-risking.\nBeijing'))).toEqual(['de-risking']);
    expect(ids(engine.scanText('Beijing\nheadline\nFirms are de-risking.'))).toEqual([]);
    expect(ids(engine.scanText('揭榜挂帅 and the two layers'))).toEqual(['unveiling-the-list', 'two-layers']);
    // An unrelated entry is no cue.
    expect(ids(engine.scanText('未来产业 and the two layers'))).toEqual(['future-industries']);
  });

  it('a topic alias is not cued by China alone, and negative cues veto', () => {
    expect(engine.scanText('China and the Malacca chokepoint')).toEqual([]);
    expect(ids(engine.scanText('China and the chokepoint in chips'))).toEqual(['chokepoints']);
    expect(ids(engine.scanText('Chokepoint\nThe chips story'))).toEqual(['chokepoints']);
  });

  it('English inflection and boundaries', () => {
    expect(texts(engine.scanText('the Chinese de-risks, derisking, chokepoints in chips'))).toEqual([
      'de-risks',
      'derisking',
      'chokepoints',
    ]);
    expect(engine.scanText('superchokepoint technologyless China')).toEqual([]);
    expect(
      engine.scanText('the 114th Five-Year Plan, the 15th Five-Year Plan, the 14th Five-Year Planning'),
    ).toEqual([]);
    expect(ids(engine.scanText('the 14th Five-Year Plan’s goals'))).toEqual(['fyp-14']);
  });

  it('case-sensitive acronyms and numeral boundaries in Chinese', () => {
    expect(ids(engine.scanText('China: MOST and most'))).toEqual(['most']);
    expect(engine.scanText('二十四五年')).toEqual([]);
    expect(ids(engine.scanText('“十四五”时期'))).toEqual(['fyp-14']);
  });

  it('offsets index the raw text and survive surrogate pairs', () => {
    const text = '😀 NSWN 😀新型举国体制';
    for (const m of engine.scanText(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('never throws on strange input', () => {
    const strange = [
      '',
      '\ud800\udc00\ud800',
      '\udfff新型举国体制\ud800',
      '《'.repeat(10_000),
      '〔2021〕号'.repeat(2_000),
      'a'.repeat(300_000),
      '\n'.repeat(50_000),
      'de-risking '.repeat(20_000),
      '\u0000\u0301\u00ad\u200b\ufeff',
    ];
    for (const s of strange) expect(() => engine.scanText(s)).not.toThrow();
  });
});
