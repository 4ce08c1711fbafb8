/**
 * The engine's newer rules on a small pack written for them: word segmentation for short Chinese
 * aliases, compound tails, negative cues, page-local short forms and acronyms, the widened context window
 * and page evidence, and a longer exclusion vetoing an alias it overlaps.
 */
import { describe, expect, it } from 'vitest';
import { compileTable } from './table';
import { createEngine } from './engine';
import { testPack } from './test-pack';
import type { Alias, Entry, Pack } from '../pack/types';

function entry(id: string, aliases: Alias[], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'concept',
    label: id,
    aliases,
    definition: id,
    paragraphs: [],
    endnotes: [],
    related: [],
    ...extra,
  };
}
const en = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'en', ...extra });
const zh = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'zh', ...extra });

const pack: Pack = {
  ...testPack(),
  entries: [
    entry('soe', [en('state-owned enterprises'), zh('国企', { boundary: 'word' })]),
    entry('dual-circulation', [en('dual circulation'), zh('内循环')], { exclusions: ['车内循环'] }),
    entry('compass', [en('Compass navigation system')]),
    entry('national-teams', [en('national team', { context: ['science', 'research'] })], {
      not: ['football', 'coach'],
    }),
    entry('xi', [en('Xi Jinping'), en('Xi', { local: true, caseSensitive: true })]),
    entry('nri', [en('new-type R&D institutes')]),
    entry('beidou', [en('Beidou', { context: ['satellite navigation'] })], { related: ['soe'] }),
    entry('a', [en('alpha term')]),
    entry('b', [en('beta term')]),
    entry('c', [en('gamma term')]),
  ],
  documents: [],
};
const engine = createEngine(compileTable(pack));
const ids = (text: string) => engine.scanText(text).map((m) => m.entryId);

describe('engine rules for generalisation', () => {
  it('checks short Chinese aliases against word segmentation', () => {
    expect(ids('国企改革继续推进')).toEqual(['soe']);
    expect(ids('英国企业和美国企业')).toEqual([]);
  });

  it('lets a longer exclusion veto the alias it overlaps', () => {
    expect(ids('构建国内内循环')).toEqual(['dual-circulation']);
    expect(ids('打开车内循环模式')).toEqual([]);
  });

  it('does not read an alias as the tail of a hyphenated compound', () => {
    expect(ids('the Compass navigation system')).toEqual(['compass']);
    expect(ids('a gyro-compass navigation system')).toEqual([]);
  });

  it('vetoes a gated alias when a negative cue is near, whatever its cues', () => {
    expect(ids('The national team of research institutes')).toEqual(['national-teams']);
    expect(ids('The national team coach praised research')).toEqual([]);
  });

  it('counts a short form only where the full form is on the page', () => {
    expect(ids('Xi said so.')).toEqual([]);
    expect(ids('Xi Jinping spoke.\nLater, Xi said so.')).toEqual(['xi', 'xi']);
  });

  it('finds an acronym the page defines after its full form, with its plural', () => {
    const found = engine.scanText(
      'new-type R&D institutes (NRIs) grew. Two NRIs and one NRI closed; NRISK no.',
    );
    expect(found.map((m) => m.text)).toEqual(['new-type R&D institutes', 'NRIs', 'NRIs', 'NRI']);
    expect(new Set(found.map((m) => m.entryId))).toEqual(new Set(['nri']));
  });

  it('takes cues from the neighbouring block, and from page evidence with a related entry', () => {
    expect(ids('Beidou\nsatellite navigation for farms')).toEqual(['beidou']);
    expect(ids('Beidou\none\ntwo\nthree')).toEqual([]);
    // Three entries on the page and a related one (国企): the page is about the subject.
    expect(ids('Beidou\nx\ny\nalpha term, beta term, gamma term\nz\n国企改革')).toEqual([
      'beidou',
      'a',
      'b',
      'c',
      'soe',
    ]);
    expect(ids('Beidou\nx\ny\nalpha term\nz\n国企改革')).toEqual(['a', 'soe']);
  });
});
