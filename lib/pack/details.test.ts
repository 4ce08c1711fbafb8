import { describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index';
import { entryDetails, linksFor } from './details';

const pack = loadPack();

describe('entryDetails', () => {
  it("gives a term's passages with section titles, links with endnote numbers, and related labels", () => {
    const d = entryDetails(pack, 'unveiling-the-list')!;
    expect(d).toMatchObject({
      entryId: 'unveiling-the-list',
      kind: 'term',
      entryKind: 'programme',
      label: 'unveiling the list',
    });
    expect(d.zh).toEqual({ hans: '揭榜挂帅', hant: '揭榜掛帥', pinyin: 'jiēbǎng guàshuài' });
    expect(d.passages[0]).toMatchObject({
      paragraphId: 'innovation-chain-p4',
      section: 'The Slow Process of Mending Weak Links in the Innovation Chain',
      kind: 'p',
    });
    expect(d.passages[0]!.text).toContain('(揭榜挂帅)');
    expect(d.links).toEqual([
      expect.objectContaining({ endnote: 20, url: expect.stringContaining('npc.gov.cn') }),
    ]);
    expect(d.related).toContainEqual({ id: 'innovation-consortium', label: 'innovation associations' });
    expect(d.aliases).toContain('open competition mechanism');
  });

  it('gives a document its issuer, date and addresses', () => {
    const d = entryDetails(pack, 'miit-future-industries-opinions')!;
    expect(d).toMatchObject({ kind: 'document', entryKind: 'document', date: '2024-01-29' });
    expect(d.issuer).toContain('Ministry of Industry and Information Technology');
    expect(d.links.map((l) => l.endnote)).toEqual([26, 26]);
    expect(d.passages[0]!.section).toBe('Conclusion');
  });

  it('marks the quoted passage as a quote', () => {
    const d = entryDetails(pack, 'middle-income-trap')!;
    expect(d.passages[0]!.kind).toBe('quote');
  });

  it('returns undefined for an unknown id', () => {
    expect(entryDetails(pack, 'nothing-here')).toBeUndefined();
  });

  it('lists an address once even when two notes give it', () => {
    expect(linksFor(pack, [1, 1]).length).toBe(1);
  });
});
