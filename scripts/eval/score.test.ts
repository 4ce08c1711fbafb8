import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index';
import { evaluate } from '../eval';
import type { Label } from './labels';
import { jsonReport, summarise, summaryLine, textReport } from './report';
import { addPage, emptyTally, precisionOf, recallOf, scorePage, tallyByClass } from './score';

const label = (
  kind: Label['kind'],
  entries: (string | null)[],
  cls: string,
  start: number,
  end: number,
): Label => ({ kind, entries, cls, start, end, text: '', element: null as unknown as Element });
const mention = (entryId: string | null, start: number, end: number) => ({ entryId, text: '', start, end });
const page = { name: 'p', lang: 'en', genre: 'wire', negative: false };

describe('scoring a page', () => {
  it('counts a must span found only by a mention with one of its entries, and every other mention as wrong', () => {
    const labels = [
      label('must', ['a'], 'exact', 0, 5),
      label('must', ['b', null], 'document-number', 10, 20),
      label('must', ['c'], 'short-form', 30, 35),
      label('not', [], 'lookalike-context', 40, 45),
      label('may', ['d'], 'exact', 50, 55),
    ];
    const mentions = [
      mention('a', 1, 4), // right
      mention(null, 12, 18), // right: null accepted
      mention('x', 30, 35), // wrong entry on a must span: the span stays missed
      mention('z', 41, 44), // look-alike hit
      mention('d', 50, 55), // neutral
      mention('e', 60, 65), // on no label
    ];
    const p = scorePage(page, labels, mentions);
    expect(p.verdicts).toEqual(['right', 'right', 'wrong', 'wrong', 'neutral', 'wrong']);
    expect(p.marked).toEqual([true, true, false, true, true]);
    const t = emptyTally();
    addPage(t, p);
    expect(t).toMatchObject({ must: 3, found: 2, right: 2, wrong: 3, nearMisses: 1, hits: 1, mentions: 5 });
    expect(recallOf(t)).toBeCloseTo(2 / 3);
    expect(precisionOf(t)).toBeCloseTo(2 / 5);
    const byClass = tallyByClass([p]);
    expect(byClass.get('short-form')).toMatchObject({ must: 1, found: 0, wrong: 1 });
    expect(byClass.get('(unlabelled)')).toMatchObject({ wrong: 1 });
    expect(byClass.get('lookalike-context')).toMatchObject({ nearMisses: 1, hits: 1, wrong: 1 });
  });

  it('counts every mention on a negative page against precision and in the negative column', () => {
    const p = scorePage(
      { ...page, negative: true },
      [label('not', [], 'lookalike-word', 0, 4)],
      [mention('a', 0, 4)],
    );
    const s = summarise([p]);
    expect(s).toMatchObject({ precision: 0, lookalikes: 1, negativeMentions: 1, pages: 1, recall: 1 });
    expect(summaryLine(s)).toBe('eval: recall=1.000 precision=0.000 lookalikes=1 pages=1');
  });
});

describe('npm run eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  mkdirSync(join(dir, 'pages'));
  mkdirSync(join(dir, 'negative'));
  writeFileSync(
    join(dir, 'pages', 'one.html'),
    '<meta name="eval-lang" content="en"><meta name="eval-genre" content="wire">' +
      '<p><span data-eval="must" data-entry="huawei" data-class="exact">Huawei</span> and ' +
      '<span data-eval="must" data-entry="miit" data-class="acronym">MIIT</span> met; ' +
      'the <span data-eval="not" data-class="lookalike-context">Big Dipper</span> shone.</p>',
  );
  writeFileSync(
    join(dir, 'negative', 'two.html'),
    '<meta name="eval-lang" content="zh-Hans"><meta name="eval-genre" content="shopping"><p>今日特价：毛巾。</p>',
  );
  const pages = evaluate(loadPack(), dir);

  it('scans each page of a set through the scan code path and scores its labels', () => {
    expect(pages.map((p) => [p.name, p.lang, p.genre, p.negative])).toEqual([
      ['one', 'en', 'wire', false],
      ['two', 'zh-Hans', 'shopping', true],
    ]);
    expect(summarise(pages)).toMatchObject({
      must: 2,
      found: 2,
      right: 2,
      wrong: 0,
      lookalikes: 0,
      pages: 2,
    });
  });

  it('prints tables per language, genre and class, and the summary line last', () => {
    const text = textReport(pages, true);
    for (const heading of ['By language', 'By genre', 'By class', 'Negative pages', 'Details']) {
      expect(text).toContain(heading);
    }
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('eval: recall=1.000 precision=1.000 lookalikes=0 pages=2');
    expect(jsonReport(pages)).toMatchObject({ summary: { recall: 1, precision: 1, pages: 2 } });
  });

  it('runs from the command line with --page and --dir, and exits 0', { timeout: 60_000 }, () => {
    const out = execFileSync('npx', ['tsx', 'scripts/eval.ts', '--dir', dir, '--page', 'one'], {
      encoding: 'utf8',
    });
    expect(out).toContain('one (en, wire): found 2/2');
    expect(out).not.toContain('two (');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(
      /^eval: recall=\d\.\d{3} precision=\d\.\d{3} lookalikes=\d+ pages=1$/,
    );
  });
});
