// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { buildTextIndex } from '../text/text-index';
import { flatSpan } from './clippings';
import type { Mark } from './mark-index';
import { MarkSet } from './mark-set';

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
