import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../lib/pack/validate';
import { withTraditional } from '../scripts/fill-traditional';
import { loadPack, rawPack } from './index';

const SEED = join(import.meta.dirname, '..', '..', 'shared', 'seeds', '000_8ae4d08f1d609272.txt');
const seedText = existsSync(SEED) ? readFileSync(SEED, 'utf8') : undefined;
const pack = loadPack();
const items = [...pack.entries, ...pack.documents];
const byId = new Map(items.map((i) => [i.id, i]));
const endnote = (n: number) => pack.endnotes.find((e) => e.n === n)!;

describe('the real pack', () => {
  it('validates, with a version', () => {
    expect(pack.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.skipIf(!seedText)('is verbatim in the brief (../shared present)', () => {
    const result = validatePack(rawPack(), { sourceText: seedText });
    expect(result.ok ? 'ok' : `${result.path}: ${result.message}`).toBe('ok');
  });

  it('has at least 80 entries and the documents the brief names', () => {
    expect(pack.entries.length).toBeGreaterThanOrEqual(80);
    for (const id of [
      'fourteenth-five-year-plan',
      'st-progress-law',
      'st-progress-law-2021-revision',
      'mlp-2021-2035',
      'mlp-2006-2020',
      'thirty-five-stranglehold-technologies',
      'bis-export-controls-2022',
      'bis-export-controls-2023',
      'eu-economic-security-strategy',
      'eu-critical-technologies-recommendation',
      'zheng-shanjie-qiushi-article',
      'miit-future-industries-opinions',
      'npc-st-progress-law-inspection-report',
    ]) {
      expect(pack.documents.map((d) => d.id)).toContain(id);
    }
  });

  it('has endnotes 1 to 26, each cited in the text and each with at least one link', () => {
    expect(pack.endnotes.map((e) => e.n)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const cited = new Set(pack.paragraphs.flatMap((p) => p.endnotes));
    for (const e of pack.endnotes) {
      expect(cited.has(e.n), `note ${e.n} cited`).toBe(true);
      expect(e.links.length, `note ${e.n} links`).toBeGreaterThan(0);
    }
  });

  it('sends every in-text marker to the right source after reconciliation', () => {
    expect(endnote(14).links[0]!.url).toContain('the-trajectory-of-chinas-industrial-policies');
    expect(endnote(15).links[0]!.url).toContain('35-key-stranglehold-technologies');
    expect(endnote(16).text).toContain('Low-Productivity Innovation');
    expect(endnote(17).text).toContain('re-innovation');
    expect(endnote(18).text).toContain('diffusion deficit');
    expect(endnote(19).text).toContain('Intellectual returnees');
    expect(endnote(20).links[0]!.url).toContain('npc.gov.cn');
    expect(endnote(21).text).toContain('第十四个五年规划');
    const urls = pack.endnotes.flatMap((e) => e.links.map((l) => l.url));
    expect(urls.filter((u) => u.includes('npc.gov.cn'))).toHaveLength(1);
    for (const n of [14, 15, 16, 17, 18, 19, 20]) expect(endnote(n).reconciliation, `note ${n}`).toBeTruthy();
    const marker = (needle: string) => pack.paragraphs.find((p) => p.text.includes(needle))!.endnotes;
    expect(marker('national teams')).toEqual([15]);
    expect(marker('total factor productivity')).toEqual([16, 17, 18, 19]);
    expect(marker('Science and Technology Progress Law in October 2023')).toEqual([20]);
  });

  it('sets the Zheng Shanjie passage as a quote', () => {
    const quote = pack.paragraphs.find((p) => p.text.startsWith("Today's modernized economies"))!;
    expect(quote.kind).toBe('quote');
    expect(pack.paragraphs.filter((p) => p.kind === 'quote')).toHaveLength(1);
  });

  it('joins paragraphs split by a page break', () => {
    expect(pack.paragraphs.some((p) => p.text.includes('avoid investing in risky basic research'))).toBe(
      true,
    );
    expect(pack.paragraphs.some((p) => p.text.includes('importance of overseas returnees'))).toBe(true);
  });

  it("finds every Chinese term the brief glosses, with the brief's English gloss among its aliases", () => {
    const glossRe = /\(([^()]*\p{Script=Han}[^()]*)\)/gu;
    const fold = (s: string) => s.toLowerCase().replace(/[“”"]/g, '');
    let count = 0;
    for (const p of pack.paragraphs) {
      for (const m of p.text.matchAll(glossRe)) {
        const inside = m[1]!;
        for (const [han] of inside.matchAll(/\p{Script=Han}+/gu)) {
          count++;
          const owner = items.find(
            (i) => i.zh?.hans === han || i.aliases.some((a) => a.lang === 'zh' && a.text === han),
          );
          expect(owner, `entry for ${han}`).toBeDefined();
          const window = fold(p.text.slice(Math.max(0, m.index - 120), m.index) + ' ' + inside);
          const glossed = owner!.aliases.some((a) => a.lang === 'en' && window.includes(fold(a.text)));
          expect(glossed, `English gloss of ${han} (${owner!.id}) before "(${inside})"`).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(18);
  });

  it('gives the main Chinese terms a pinyin alias and tone-marked pinyin', () => {
    for (const id of [
      'new-whole-of-nation-system',
      'unveiling-the-list',
      'two-skins-problem',
      'dual-circulation',
      'innovation-consortium',
    ]) {
      const e = byId.get(id)!;
      expect(
        e.aliases.some((a) => a.lang === 'pinyin'),
        id,
      ).toBe(true);
      expect(e.zh!.pinyin.normalize('NFD')).toMatch(/\p{M}/u);
    }
  });

  it('marks ambiguous aliases with context, acronyms as case-sensitive, and 实事求是 as an exclusion', () => {
    const alias = (id: string, text: string) => byId.get(id)!.aliases.find((a) => a.text === text)!;
    expect(alias('stranglehold-technologies', 'chokepoint').context).toBeTruthy();
    expect(alias('beidou', 'Beidou').context).toBeTruthy();
    expect(alias('de-risking', 'de-risking').context).toBeTruthy();
    expect(alias('ministry-of-science-and-technology', 'MOST')).toMatchObject({ caseSensitive: true });
    expect(alias('npc', 'NPC')).toMatchObject({ caseSensitive: true });
    expect(byId.get('qiushi')!.exclusions).toContain('实事求是');
  });

  it('carries traditional forms exactly as opencc-js gives them', () => {
    for (const item of items) expect(item, item.id).toEqual(withTraditional(item));
    expect(byId.get('new-whole-of-nation-system')!.zh!.hant).toBe('新型舉國體制');
    expect(byId.get('miit')!.aliases.find((a) => a.text === '工业和信息化部')!.variants).toContain(
      '工業和資訊化部',
    );
  });
});
