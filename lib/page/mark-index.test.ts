// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Mention } from '../match/types';
import { MarkIndex, searchSorted, type Mark } from './mark-index';

const mention = (start: number, end: number): Mention => ({
  entryId: `e${start}`,
  kind: 'term',
  label: 'x',
  text: 'x',
  start,
  end,
});

describe('searchSorted', () => {
  test('finds the interval holding an offset, or none, like a linear scan', () => {
    const intervals = fc
      .uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 0, maxLength: 40 })
      .map((xs) => xs.sort((a, b) => a - b))
      .map((xs) =>
        xs.flatMap((x, i) => (i % 2 === 0 && xs[i + 1] !== undefined ? [[x, xs[i + 1]!] as const] : [])),
      );
    fc.assert(
      fc.property(intervals, fc.integer({ min: -5, max: 505 }), (ivs, at) => {
        const i = searchSorted(ivs.length, (k) => (at < ivs[k]![0] ? -1 : at >= ivs[k]![1] ? 1 : 0));
        const expected = ivs.findIndex(([s, e]) => at >= s && at < e);
        expect(i).toBe(expected);
      }),
    );
  });
});

describe('MarkIndex', () => {
  function build() {
    document.body.innerHTML = '<p>alpha beta <b>gamma</b> delta</p><p>epsilon zeta</p>';
    const [p1, p2] = [...document.querySelectorAll('p')];
    const t1 = p1!.firstChild as Text; // "alpha beta "
    const t2 = p1!.querySelector('b')!.firstChild as Text; // "gamma"
    const t3 = p2!.firstChild as Text; // "epsilon zeta"
    const r = (n: Text, s: number, e: number) => {
      const range = document.createRange();
      range.setStart(n, s);
      range.setEnd(n, e);
      return range;
    };
    const marks: Mark[] = [
      { mention: mention(0, 5), range: r(t1, 0, 5) },
      { mention: mention(11, 16), range: r(t2, 0, 5) },
      { mention: mention(30, 37), range: r(t3, 0, 7) },
    ];
    return { index: new MarkIndex(marks), marks, t1, t2, t3 };
  }

  test('finds the mark holding a caret position by binary search', () => {
    const { index, marks, t1, t2, t3 } = build();
    expect(index.atPosition(t1, 2)).toBe(marks[0]);
    expect(index.atPosition(t1, 7)).toBeUndefined();
    expect(index.atPosition(t2, 0)).toBe(marks[1]);
    expect(index.atPosition(t3, 3)).toBe(marks[2]);
    expect(index.atPosition(t3, 10)).toBeUndefined();
    // The caret just after a mark is not inside it.
    expect(index.atPosition(t1, 5)).toBeUndefined();
  });

  test('maps highlight ranges back to marks and steps round in both directions', () => {
    const { index, marks } = build();
    expect(index.forRange(marks[1]!.range)).toBe(marks[1]);
    expect(index.step(-1, 1)).toBe(marks[0]);
    expect(index.step(-1, -1)).toBe(marks[2]);
    expect(index.step(2, 1)).toBe(marks[0]);
    expect(index.step(0, -1)).toBe(marks[2]);
    expect(new MarkIndex([]).step(0, 1)).toBeUndefined();
  });
});
