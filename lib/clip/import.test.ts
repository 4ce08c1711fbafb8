import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../db/clipping';
import { BriefLensDB } from '../db/db';
import { LABELS, sampleClippings } from './export/fixtures';
import { toWebAnnotations, type AnnotationCollection } from './export/web-annotation';
import { importClippings, parseImport } from './import';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ITEMS } from './import-schema';
import { makeClipping, uniqueDbName } from './test-fixtures';

let db: BriefLensDB;
const existing = makeClipping(99, { note: 'already here' });

beforeEach(async () => {
  db = new BriefLensDB(uniqueDbName('import'));
  await db.clippings.add(existing);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function exported(clippings: Clipping[] = sampleClippings()): AnnotationCollection {
  return JSON.parse(toWebAnnotations(clippings, { labels: LABELS })) as AnnotationCollection;
}

async function expectUnchanged() {
  expect(await db.clippings.toArray()).toEqual([existing]);
}

describe('importClippings', () => {
  it('reads our export back exactly, and adds nothing the second time', async () => {
    const clippings = sampleClippings();
    const file = toWebAnnotations(clippings, { labels: LABELS });
    expect(await importClippings(db, file)).toEqual({ ok: true, added: 2, skipped: 0 });
    for (const c of clippings) expect(await db.clippings.get(c.id)).toEqual(c);
    expect(await importClippings(db, file)).toEqual({ ok: true, added: 0, skipped: 2 });
    expect(await db.clippings.count()).toBe(3);
  });

  it('keeps script in text fields as inert text', async () => {
    const hostile = makeClipping(5, {
      note: '<img src=x onerror=alert(1)><script>alert(2)</script>',
      tags: ['<b>bold</b>'],
      title: '"><svg onload=alert(3)>',
    });
    expect(await importClippings(db, toWebAnnotations([hostile]))).toMatchObject({ ok: true, added: 1 });
    expect(await db.clippings.get(hostile.id)).toEqual(hostile);
  });

  const cases: [string, () => string, RegExp][] = [
    ['malformed JSON', () => '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ', /not valid JSON/],
    [
      'a truncated export',
      () => toWebAnnotations(sampleClippings()).slice(0, 900),
      /not valid JSON, or is cut short/,
    ],
    ['an empty file', () => '', /not valid JSON/],
    ['another JSON document', () => JSON.stringify([{ id: 1 }]), /not a Brief Lens annotation export/],
    ['a huge file', () => ' '.repeat(MAX_IMPORT_CHARS + 1), /too large/],
    [
      'a javascript: source',
      () => {
        const c = exported();
        c.first.items[1]!.target.source = 'javascript:alert(1)';
        return JSON.stringify(c);
      },
      /first\.items\.1\.target\.source: is not an http\(s\) address/,
    ],
    [
      'a data: page address',
      () => {
        const c = exported();
        c.first.items[0]!.target['schema:url'] = 'data:text/html,<script>alert(1)</script>';
        return JSON.stringify(c);
      },
      /first\.items\.0\.target\.schema:url: is not an http\(s\) address/,
    ],
    [
      'an over-long quote',
      () => {
        const c = exported();
        c.first.items[0]!.target.selector[0].exact = 'x'.repeat(20_001);
        return JSON.stringify(c);
      },
      /first\.items\.0\.target\.selector\.0\.exact: is longer than 20000 characters/,
    ],
    [
      'an id that is not a UUID',
      () => {
        const c = exported();
        c.first.items[0]!.id = '../../etc/passwd';
        return JSON.stringify(c);
      },
      /first\.items\.0\.id: is not a urn:uuid: identifier/,
    ],
    [
      'an entry body pointing elsewhere',
      () => {
        const c = exported();
        c.first.items[0]!.body!.push({
          type: 'SpecificResource',
          purpose: 'identifying',
          source: 'https://evil.example/',
        });
        return JSON.stringify(c);
      },
      /first\.items\.0\.body\.5\.source: is not a urn:brief-lens:entry: address/,
    ],
    [
      'a wrong type in a valid-looking item',
      () => {
        const file = JSON.stringify(exported());
        expect(file).toContain('"start":7');
        return file.replace('"start":7', '"start":"7"');
      },
      /first\.items\.0\.target\.selector\.1\.start/,
    ],
    [
      'the wrong context',
      () => JSON.stringify({ ...exported(), '@context': 'https://evil.example/context.jsonld' }),
      /@context: is not the W3C annotation context/,
    ],
    [
      'deeply nested arrays',
      () => '['.repeat(100_000) + ']'.repeat(100_000),
      /not a Brief Lens annotation export/,
    ],
  ];

  it.each(cases)('refuses %s, naming the problem, and writes nothing', async (_label, file, message) => {
    const result = await importClippings(db, file());
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(message);
    await expectUnchanged();
  });

  it('refuses a file with too many annotations', async () => {
    const one = exported([makeClipping(1)]).first.items[0]!;
    const items = Array.from({ length: MAX_IMPORT_ITEMS + 1 }, (_, i) => ({
      ...one,
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const file = JSON.stringify({ ...exported([]), first: { type: 'AnnotationPage', startIndex: 0, items } });
    const result = await importClippings(db, file);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining(`more than ${MAX_IMPORT_ITEMS} annotations`),
    });
    await expectUnchanged();
  });

  it('ignores __proto__ keys', () => {
    const file = JSON.stringify(exported()).replace(
      '"type":"Annotation",',
      '"__proto__":{"polluted":true},"type":"Annotation",',
    );
    expect(file).toContain('__proto__');
    const result = parseImport(file);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes nothing when the database fails midway', async () => {
    vi.spyOn(db.clippings, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const result = await importClippings(db, toWebAnnotations(sampleClippings()));
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('Not imported: the browser has no room left'),
    });
    await expectUnchanged();
  });
});
