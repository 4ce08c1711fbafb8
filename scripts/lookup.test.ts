import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../lib/search/lookup';
import { parseArgs, run } from './lookup';

const json = (argv: string[]) => JSON.parse(run([...argv, '--json'])) as LookupResult[];

describe('lookup command', () => {
  it('answers 揭榜挂帅 and "jie bang gua shuai" with the same entry first, with passages and links', () => {
    const zh = json(['揭榜挂帅']);
    const py = json(['jie bang gua shuai']);
    expect(zh[0]!.entryId).toBe('unveiling-the-list');
    expect(py[0]!.entryId).toBe(zh[0]!.entryId);
    expect(zh[0]).toMatchObject({ kind: 'term', label: 'unveiling the list', zh: '揭榜挂帅' });
    expect(zh[0]!.passages[0]).toEqual({
      paragraphId: 'innovation-chain-p4',
      section: 'The Slow Process of Mending Weak Links in the Innovation Chain',
      text: expect.stringContaining('“unveiling the list” (揭榜挂帅)'),
    });
    expect(zh[0]!.links[0]).toEqual({
      title: expect.any(String),
      url: expect.stringMatching(/^https?:\/\//),
      endnote: 20,
    });
  });

  it('answers traditional Chinese, toned pinyin and English alike', () => {
    expect(json(['揭榜掛帥'])[0]!.entryId).toBe('unveiling-the-list');
    expect(json(['jiē', 'bǎng'])[0]!.entryId).toBe('unveiling-the-list');
    expect(json(['new type of whole-nation system'])[0]!.entryId).toBe('new-whole-of-nation-system');
    const doc = json(['14th Five-Year Plan'])[0]!;
    expect(doc).toMatchObject({
      entryId: 'fourteenth-five-year-plan',
      kind: 'document',
      zh: expect.stringContaining('第十四个五年规划'),
    });
    expect(doc.links).toContainEqual(expect.objectContaining({ endnote: 21 }));
  });

  it('prints readable text by default and says when nothing matches', () => {
    expect(run(['dual', 'circulation'])).toMatch(/^1\. dual circulation \(双循环\)/);
    expect(run(['qqqzzzxxx'])).toContain('No entry matches');
    expect(json(['qqqzzzxxx'])).toEqual([]);
  });

  it('parses arguments and refuses an empty query', () => {
    expect(parseArgs(['jie', 'bang', '--json', '--limit', '2'])).toEqual({
      query: 'jie bang',
      json: true,
      limit: 2,
    });
    expect(() => parseArgs(['--json'])).toThrow(/usage/);
  });

  it('runs as a command through tsx', () => {
    const root = join(import.meta.dirname, '..');
    const out = execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/lookup.ts', '揭榜挂帅', '--json'],
      { cwd: root, encoding: 'utf8' },
    );
    expect((JSON.parse(out) as LookupResult[])[0]!.entryId).toBe('unveiling-the-list');
  });
});
