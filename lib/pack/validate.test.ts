import { describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index';
import type { Pack } from './types';
import { validatePack } from './validate';

const fresh = (): Pack => structuredClone(loadPack());

function refusal(pack: unknown, sourceText?: string) {
  const result = validatePack(pack, { sourceText });
  if (result.ok) throw new Error('expected the pack to be refused');
  return result;
}

describe('validatePack', () => {
  it('accepts the real pack', () => {
    expect(validatePack(fresh()).ok).toBe(true);
  });

  it('refuses a value that is not a pack at all', () => {
    expect(refusal(null).path).toBe('(root)');
  });

  it('refuses a pack without a version, naming the field', () => {
    const { version: _v, ...rest } = fresh();
    expect(refusal(rest)).toMatchObject({ path: 'version', message: 'the pack must have a version' });
  });

  it('refuses a version that is not semantic', () => {
    expect(refusal({ ...fresh(), version: 'latest' }).path).toBe('version');
  });

  it('refuses an id that is not kebab-case', () => {
    const pack = fresh();
    pack.entries[2]!.id = 'Not_Kebab';
    expect(refusal(pack).path).toBe('entries[2].id');
  });

  it('refuses an unknown entry kind', () => {
    const pack = fresh();
    (pack.entries[0] as { kind: string }).kind = 'slogan';
    expect(refusal(pack)).toMatchObject({ path: 'entries[0].kind', message: 'unknown entry kind' });
  });

  it('refuses an unknown field, so typos in data/ are not silently dropped', () => {
    const pack = fresh();
    (pack.entries[1] as unknown as Record<string, unknown>).defintion = 'typo';
    expect(refusal(pack)).toMatchObject({ path: 'entries[1].defintion', message: 'unknown field' });
  });

  it('refuses addresses that are not http(s)', () => {
    const pack = fresh();
    pack.endnotes[3]!.links[0]!.url = 'javascript:alert(1)';
    expect(refusal(pack)).toMatchObject({ path: 'endnotes[3].links[0].url' });
    const other = fresh();
    other.documents[0]!.urls = ['ftp://example.org/plan.pdf'];
    expect(refusal(other)).toMatchObject({
      path: 'documents[0].urls[0]',
      message: 'must be an http(s) address',
    });
  });

  it('refuses an empty definition', () => {
    const pack = fresh();
    pack.entries[4]!.definition = '   ';
    expect(refusal(pack).path).toBe('entries[4].definition');
  });

  it('refuses Chinese characters outside zh aliases and Latin text in a zh alias', () => {
    const pack = fresh();
    pack.entries[0]!.aliases[0] = { text: '举国体制', lang: 'en' };
    expect(refusal(pack).path).toBe('entries[0].aliases[0]');
    const other = fresh();
    other.entries[0]!.aliases[0] = { text: 'whole nation', lang: 'zh' };
    expect(refusal(other).path).toBe('entries[0].aliases[0]');
  });

  it('refuses ids that repeat across entries and documents', () => {
    const pack = fresh();
    pack.documents[1]!.id = pack.entries[0]!.id;
    expect(refusal(pack)).toMatchObject({
      path: 'documents[1].id',
      message: expect.stringContaining('duplicate id'),
    });
  });

  it('refuses a duplicate paragraph id', () => {
    const pack = fresh();
    pack.paragraphs[5]!.id = pack.paragraphs[4]!.id;
    expect(refusal(pack).path).toBe('paragraphs[5].id');
  });

  it('refuses a section that lists an unknown paragraph', () => {
    const pack = fresh();
    pack.sections[1]!.paragraphIds.push('nowhere-p9');
    expect(refusal(pack).path).toMatch(/^sections\[1\]\.paragraphIds\[\d+\]$/);
  });

  it('refuses a paragraph in an unknown section', () => {
    const pack = fresh();
    pack.paragraphs[0]!.sectionId = 'appendix';
    // The section that lists it now disagrees first, which is the first bad field in pack order.
    expect(refusal(pack).message).toMatch(/belongs to 'appendix'|unknown section/);
  });

  it('refuses a paragraph citing an endnote that does not exist', () => {
    const pack = fresh();
    const i = pack.paragraphs.findIndex((p) => p.endnotes.length > 0);
    pack.paragraphs[i]!.endnotes[0] = 99;
    expect(refusal(pack)).toMatchObject({
      path: `paragraphs[${i}].endnotes[0]`,
      message: 'unknown endnote 99',
    });
  });

  it('refuses an entry pointing at an unknown paragraph, endnote or related id', () => {
    const a = fresh();
    a.entries[3]!.paragraphs.push('introduction-p99');
    expect(refusal(a).path).toMatch(/^entries\[3\]\.paragraphs\[\d+\]$/);
    const b = fresh();
    b.documents[2]!.endnotes.push(27);
    expect(refusal(b).message).toBe('unknown endnote 27');
    const c = fresh();
    c.entries[5]!.related.push('no-such-entry');
    expect(refusal(c)).toMatchObject({ message: "unknown id 'no-such-entry'" });
  });

  it('refuses an entry related to itself', () => {
    const pack = fresh();
    pack.entries[0]!.related.push(pack.entries[0]!.id);
    expect(refusal(pack).message).toBe('an entry cannot relate to itself');
  });

  it('refuses an alias owned by two entries unless both mark it shared', () => {
    const pack = fresh();
    pack.entries[1]!.aliases.push({ text: 'Unveiling The List', lang: 'en' });
    const r = refusal(pack);
    expect(r.path).toMatch(/^entries\[\d+\]\.aliases\[\d+\]$/);
    expect(r.message).toContain('already belongs to');

    const shared = fresh();
    const target = shared.entries.find((e) => e.id === 'unveiling-the-list')!;
    target.aliases[0]!.shared = true;
    shared.entries[1]!.aliases.push({ text: 'unveiling the list', lang: 'en', shared: true });
    expect(validatePack(shared).ok).toBe(true);
  });

  it('refuses an alias listed twice in one entry', () => {
    const pack = fresh();
    pack.entries[0]!.aliases.push({ ...pack.entries[0]!.aliases[0]! });
    expect(refusal(pack).message).toContain('listed twice');
  });

  it('refuses a paragraph that is not verbatim in the brief, when the brief is given', () => {
    const pack = fresh();
    const source =
      pack.paragraphs.map((p) => p.text).join('\n\n') + pack.sections.map((s) => s.title).join('\n');
    expect(validatePack(pack, { sourceText: source }).ok).toBe(true);
    pack.paragraphs[7]!.text = pack.paragraphs[7]!.text.replace('China', 'Chinaa');
    expect(refusal(pack, source)).toMatchObject({
      path: 'paragraphs[7].text',
      message: 'not verbatim in the brief',
    });
  });

  it('reports the first bad field when there are several', () => {
    const pack = fresh();
    pack.entries[9]!.id = 'BAD';
    pack.entries[2]!.label = '';
    expect(refusal(pack).path).toBe('entries[2].label');
  });
});
