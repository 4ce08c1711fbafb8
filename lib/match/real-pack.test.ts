import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadPack } from '../../data/index';
import { compileTable } from './table';
import { createEngine } from './engine';
import type { Mention } from './types';

const table = compileTable(loadPack());
const engine = createEngine(table);

function scanPage(name: string): Mention[] {
  const { document } = parseHTML(readFileSync(`test/fixtures/pages/${name}.html`, 'utf8'));
  return engine.scanRoot(document.body).mentions;
}

describe('engine with the real pack', () => {
  it('compiles to a table that survives JSON', () => {
    const again = createEngine(JSON.parse(JSON.stringify(table)));
    expect(again.scanText('新型举国体制 and the new national system')).toEqual(
      engine.scanText('新型举国体制 and the new national system'),
    );
  });

  it('near misses stay unmarked', () => {
    const ms = scanPage('near-misses');
    const shown = ms.map((m) => m.text).join(' | ');
    for (const miss of [
      'whole-of-government',
      'whole-of-society',
      'two layers',
      'de-risking',
      '求是',
      '國科會',
      '15th',
      'Fifteenth',
      '十五五',
      'chokepoint',
      'stranglehold',
      'Most',
      'most',
    ]) {
      expect(shown).not.toContain(miss);
    }
    expect(ms.some((m) => /five-year/i.test(m.label) || m.label.includes('十四五'))).toBe(false);
  });

  it('finds the brief’s terms in Chinese and English fixture pages', () => {
    const en = scanPage('en-news').map((m) => m.entryId);
    expect(en).toContain('new-whole-of-nation-system');
    expect(en).toContain('unveiling-the-list');
    const hant = scanPage('zh-hant-news');
    expect(hant.map((m) => m.text)).toContain('新型舉國體制');
    expect(hant.some((m) => m.text.includes('國科會'))).toBe(false);
    const notice = scanPage('gov-notice');
    expect(notice.filter((m) => m.entryId === null && m.kind === 'document').length).toBeGreaterThanOrEqual(
      6,
    );
  });
});
