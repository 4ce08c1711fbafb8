import { describe, expect, test } from 'vitest';
import { flatItems, moveActive, type ResultGroup } from './search-view';

describe('moveActive', () => {
  test('arrows move and wrap', () => {
    expect(moveActive('ArrowDown', false, -1, 3)).toBe(0);
    expect(moveActive('ArrowDown', false, 0, 3)).toBe(1);
    expect(moveActive('ArrowDown', false, 2, 3)).toBe(0);
    expect(moveActive('ArrowUp', false, 0, 3)).toBe(2);
    expect(moveActive('ArrowUp', false, -1, 3)).toBe(2);
    expect(moveActive('ArrowUp', false, 2, 3)).toBe(1);
  });
  test('Home and End jump only with Control', () => {
    expect(moveActive('End', true, 0, 3)).toBe(2);
    expect(moveActive('Home', true, 2, 3)).toBe(0);
    expect(moveActive('End', false, 0, 3)).toBeNull();
  });
  test('nothing to move through', () => {
    expect(moveActive('ArrowDown', false, -1, 0)).toBeNull();
    expect(moveActive('a', false, 0, 3)).toBeNull();
  });
});

describe('flatItems', () => {
  test('orders groups entries, documents, paragraphs, clippings', () => {
    const g = (kind: ResultGroup['kind']): ResultGroup => ({
      kind,
      items: [{ key: kind, kind, ref: kind, title: kind, route: { view: 'home' } }],
    });
    expect(flatItems([g('clipping'), g('paragraph'), g('entry'), g('document')]).map((i) => i.key)).toEqual([
      'entry',
      'document',
      'paragraph',
      'clipping',
    ]);
  });
});
