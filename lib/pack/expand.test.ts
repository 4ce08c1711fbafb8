import { describe, expect, it } from 'vitest';
import { dateForms, expandAliases, expandTemplate, swappedForms, MAX_TEMPLATE_EXPANSION } from './expand';
import { validatePack } from './validate';
import { loadPack, rawPack } from '../../data/index';
import type { Entry, Pack } from './types';

const synonyms = { Committee: ['Committee', 'Commission'], Plan: ['Plan', 'Programme', 'Outline'] };

function entry(extra: Partial<Entry>): Entry {
  return {
    id: 'x',
    kind: 'institution',
    label: 'X',
    aliases: [{ text: 'X', lang: 'en' }],
    definition: 'X.',
    paragraphs: [],
    endnotes: [],
    related: [],
    ...extra,
  };
}

describe('alias templates, swaps and date forms', () => {
  it('expands every slot with its synonym set, and caps the expansion', () => {
    expect(expandTemplate('Central {Committee} for {Plan}s', synonyms).sort()).toEqual(
      [
        'Central Commission for Outlines',
        'Central Commission for Plans',
        'Central Commission for Programmes',
        'Central Committee for Outlines',
        'Central Committee for Plans',
        'Central Committee for Programmes',
      ].sort(),
    );
    const many = { A: ['1', '2', '3', '4', '5', '6', '7'] };
    expect(expandTemplate('{A}{A}{A}', many)).toHaveLength(MAX_TEMPLATE_EXPANSION);
  });

  it('swaps a two-part slogan both ways, with a comma and with "and"', () => {
    expect(swappedForms('small yard, high fence')).toEqual(
      expect.arrayContaining([
        'high fence and small yard',
        'high fence, small yard',
        'small yard and high fence',
      ]),
    );
    expect(swappedForms('efficient market and effective government')).toContain(
      'effective government and efficient market',
    );
    expect(swappedForms('self-reliance')).toEqual([]);
  });

  it('writes a dated document by its date, in English and Chinese, gated by its cues', () => {
    const forms = dateForms('2023-10-17', { en: ['rules'], zh: ['新规'], context: ['chip', '芯片'] });
    const texts = forms.map((a) => a.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'October 17 rules',
        'Oct. 17 rules',
        'October 2023 rules',
        'Oct. 17, 2023 rules',
      ]),
    );
    expect(texts).toEqual(expect.arrayContaining(['1017新规', '10·17新规', '10月17日新规', '10.17新规']));
    expect(dateForms('2022-10-07', { zh: ['规则'], context: ['chip'] }).map((a) => a.text)).toEqual(
      expect.arrayContaining(['107规则', '1007规则', '10.07规则']),
    );
    expect(forms.every((a) => a.context?.length)).toBe(true);
    expect(dateForms('2023', { en: ['rules'], context: ['chip'] })).toEqual([]);
  });
});

describe('expanded aliases keep their rules', () => {
  const cues: Pack['cues'] = [
    {
      id: 'region',
      aliases: [
        { text: 'Taiwan', lang: 'en' },
        { text: '台湾', lang: 'zh', variants: ['臺灣'] },
      ],
    },
    { id: 'document', aliases: [{ text: 'speech', lang: 'en' }] },
  ];

  it('the Chinese name takes the rules of an alias of the same text', () => {
    const item = entry({
      zh: { hans: '教育部', hant: '教育部', pinyin: 'jiàoyùbù' },
      aliases: [{ text: '教育部', lang: 'zh', context: ['高校'] }],
    });
    const name = expandAliases(item, {}).filter((a) => a.text === '教育部');
    expect(name.every((a) => a.context?.includes('高校'))).toBe(true);
  });

  it('a PRC body is vetoed by Taiwan and Hong Kong cues unless the alias names China', () => {
    const item = entry({
      region: 'prc',
      aliases: [
        { text: 'science ministry', lang: 'en' },
        { text: "China's science ministry", lang: 'en' },
      ],
    });
    const [bare, named] = expandAliases(item, { cues });
    expect(bare!.not).toEqual(expect.arrayContaining(['Taiwan', '台湾', '臺灣']));
    expect(named!.not).toBeUndefined();
  });

  it('a nickname needs a document cue', () => {
    const item = entry({ aliases: [{ text: 'the April 19 address', lang: 'en', form: 'nickname' }] });
    expect(expandAliases(item, { cues })[0]!.context).toEqual(['speech']);
  });
});

describe('validation of generated forms', () => {
  const withAlias = (text: string, swap = false): unknown => {
    const raw = structuredClone(rawPack()) as Pack;
    raw.entries[0]!.aliases.push({ text, lang: 'en', ...(swap ? { swap } : {}) });
    return raw;
  };

  it('accepts the real pack and its templates', () => {
    expect(loadPack().synonyms).toBeDefined();
  });

  it('refuses an unknown synonym set and a template over the cap', () => {
    const unknown = validatePack(withAlias('central {Nope} commission'));
    expect(unknown.ok ? '' : unknown.message).toMatch(/unknown synonym set/);
    const raw = withAlias('{Resources} {Resources} {Great} {Great} things') as Pack;
    const over = validatePack(raw);
    expect(over.ok ? '' : over.message).toMatch(/expands to \d+ aliases/);
  });

  it('refuses date forms on a document without a full date', () => {
    const raw = structuredClone(rawPack()) as Pack;
    raw.documents[0]!.date = '2021';
    raw.documents[0]!.dateForms = { en: ['plan'], context: ['China'] };
    const result = validatePack(raw);
    expect(result.ok ? '' : result.message).toMatch(/full date/);
  });
});
