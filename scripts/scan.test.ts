import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index';
import { createScanner, parseDocument, toRecord } from './scan';

const body =
  '<h1>China’s new-style whole-of-nation system</h1>' +
  '<p>工信部 and <em>Huawei</em> joined an 创新联合体 under 《关于推动未来产业创新发展的实施意见》.</p>' +
  '<table><tr><td>揭榜挂帅</td><td>unveiling the list</td></tr></table>';
const full = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const scan = createScanner(loadPack());
const records = (html: string) => scan(html).mentions.map(toRecord);

describe('scan parses HTML as a browser does', () => {
  it('finds the same mentions in a fragment without html, head or body as in the full page', () => {
    const expected = records(full);
    expect(expected.map((r) => r.entryId)).toEqual(
      expect.arrayContaining([
        'new-whole-of-nation-system',
        'miit',
        'huawei',
        'innovation-consortium',
        'unveiling-the-list',
      ]),
    );
    expect(records(body)).toEqual(expected);
    expect(records(`<meta charset="utf-8"><title>t</title>${body}`)).toEqual(expected);
    expect(records(`<body>${body}`)).toEqual(expected);
  });

  it('builds the tree a browser builds from unclosed and misnested tags', () => {
    const doc = parseDocument('<p>Huawei<p>新型举国体制<table><td>工信部</table>');
    expect(doc.body.querySelectorAll('p')).toHaveLength(2);
    expect(doc.querySelector('tbody > tr > td')?.textContent).toBe('工信部');
    expect(records('<p>Huawei<p>新型举国体制<table><td>工信部</table>').map((r) => r.entryId)).toEqual([
      'huawei',
      'new-whole-of-nation-system',
      'miit',
    ]);
  });

  it('keeps the DESIGN.md contract of `npm run -s scan -- FILE.html --json` for a fragment page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'fragment.html');
    writeFileSync(file, body);
    const out = execFileSync('npx', ['tsx', 'scripts/scan.ts', file, '--json'], { encoding: 'utf8' });
    const parsed = JSON.parse(out) as unknown[];
    expect(parsed).toEqual(records(full));
    for (const r of parsed)
      expect(Object.keys(r as object).sort()).toEqual(['entryId', 'kind', 'label', 'text', 'zh']);
  });
});
