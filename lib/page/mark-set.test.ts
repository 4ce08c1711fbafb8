// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildTextIndex } from '../text/text-index';
import { flatSpan } from './clippings';
import type { Mark } from './mark-index';
import { byDocumentOrder, isLive, MarkSet } from './mark-set';

function markOn(el: Element, text: string): Mark {
  const node = el.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return { mention: { entryId: text, kind: 'term', label: text, text, start: 0, end: 0 }, range };
}

describe('MarkSet', () => {
  test('a rescanned block has its marks replaced, in document order; removed text loses its marks', () => {
    document.body.innerHTML = '<p id="a">alpha beta</p><p id="b">gamma</p><p id="c">delta</p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const set = new MarkSet();
    set.replaceAll([markOn(a!, 'alpha'), markOn(b!, 'gamma'), markOn(c!, 'delta')]);
    b!.textContent = 'gamma again';
    expect(set.update([b!], [markOn(b!, 'again')])).toBe(true);
    expect(set.all.map((m) => m.mention.text)).toEqual(['alpha', 'again', 'delta']);
    c!.remove();
    expect(set.update([], [])).toBe(true);
    expect(set.all.map((m) => m.mention.text)).toEqual(['alpha', 'again']);
    expect(set.update([], [])).toBe(false);
  });
});

/** The update as it was first written: filter every mark against every root, then sort the lot. */
function reference(list: readonly Mark[], roots: readonly Node[], fresh: readonly Mark[]): Mark[] {
  const kept = list.filter((m) => isLive(m) && !roots.some((r) => r.contains(m.range.startContainer)));
  return [...kept, ...fresh].sort(byDocumentOrder);
}

describe('MarkSet.update', () => {
  test('gives what filtering and sorting everything gives, also in slices and with blocks out of order', async () => {
    const words = (i: number) => `w${i}a w${i}b w${i}c`;
    const scenario = fc.record({
      marked: fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 30 }),
      rescanned: fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 6 }),
      removed: fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ marked, rescanned, removed }) => {
        const html = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">${words(i)}</p>`).join('');
        document.body.innerHTML = `<div>${html}</div>`;
        const p = (i: number) => document.getElementById(`p${i}`)!;
        const marksIn = (i: number, which: string[]) => which.map((w) => markOn(p(i), `w${i}${w}`));
        const all = [...marked].sort((a, b) => a - b).flatMap((i) => marksIn(i, ['a', 'c']));
        const sets = [new MarkSet(), new MarkSet()];
        for (const set of sets) set.replaceAll([...all]);
        for (const i of removed) if (!rescanned.includes(i)) p(i).remove();
        const roots = rescanned.map(p);
        const fresh = rescanned.flatMap((i) => marksIn(i, ['b', 'c']));
        const expected = reference(all, roots, fresh);
        const changed = sets[0]!.update(roots, fresh);
        expect(sets[0]!.all).toEqual(expected);
        expect(changed).toBe(expected.length !== all.length || fresh.length > 0);
        await sets[1]!.updateSliced(roots, fresh, () => Promise.resolve());
        expect(sets[1]!.all).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  test('an update abandoned by its pause leaves the marks as they were', async () => {
    document.body.innerHTML = '<p id="a">alpha beta</p>';
    const a = document.getElementById('a')!;
    const set = new MarkSet();
    set.replaceAll([markOn(a, 'alpha')]);
    const stop = () => Promise.reject(new Error('newer scan'));
    await expect(set.updateSliced([a], [markOn(a, 'beta')], stop)).rejects.toThrow('newer scan');
    expect(set.all.map((m) => m.mention.text)).toEqual(['alpha']);
  });
});

describe('flatSpan', () => {
  test('maps a DOM range, also one bounded by elements, to offsets of the flat text', () => {
    document.body.innerHTML = '<p>One <em>two</em> three</p><p>four</p>';
    const index = buildTextIndex(document.body);
    expect(index.text).toBe('One two three\nfour\n');
    const em = document.querySelector('em')!;
    const r = document.createRange();
    r.setStart(em.firstChild!, 0);
    r.setEnd(document.querySelectorAll('p')[1]!.firstChild!, 4);
    expect(flatSpan(index, r)).toEqual({ start: 4, end: 18 });
    const byElements = document.createRange();
    byElements.selectNodeContents(document.querySelectorAll('p')[1]!);
    expect(index.text.slice(flatSpan(index, byElements).start, flatSpan(index, byElements).end)).toBe('four');
  });
});
