// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { HighlightLayer, highlightRegistry } from './highlights';
import { markAtPoint } from './hit-test';
import { MarkIndex } from './mark-index';

type Win = Window & typeof globalThis;

/** A window stand-in with a minimal Custom Highlight API. */
function install(withFromPoint: boolean) {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  const registry = new Map<string, FakeHighlight>() as Map<string, FakeHighlight> & {
    highlightsFromPoint?: (x: number, y: number) => { highlight: FakeHighlight; ranges: AbstractRange[] }[];
  };
  if (withFromPoint) {
    registry.highlightsFromPoint = () =>
      [...registry.values()].map((h) => ({ highlight: h, ranges: [...h] }));
  }
  const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Win;
  return { registry, win, FakeHighlight };
}

afterEach(() => {
  document.body.innerHTML = '';
});

function someRanges() {
  document.body.innerHTML = '<p>one two three</p>';
  const t = document.querySelector('p')!.firstChild!;
  return [0, 4].map((s) => {
    const r = document.createRange();
    r.setStart(t, s);
    r.setEnd(t, s + 3);
    return r;
  });
}

describe('HighlightLayer', () => {
  test('without the API every call is a harmless no-op and hit-testing falls back to the caret', () => {
    expect(highlightRegistry(window)).toBeNull();
    const layer = new HighlightLayer(window);
    expect(layer.supported).toBe(false);
    layer.set('term', someRanges());
    expect(layer.size('term')).toBe(0);
    expect(layer.rangesAtPoint(1, 1, ['term'])).toBeNull();
    layer.clear();
    expect(markAtPoint(document, layer, new MarkIndex([]), 1, 1)).toBeUndefined();
  });

  test('registers, replaces and removes only its own highlights', () => {
    const { registry, win, FakeHighlight } = install(true);
    const layer = new HighlightLayer(win);
    const ranges = someRanges();
    layer.set('term', ranges);
    expect(registry.get('brief-lens-term')?.size).toBe(2);
    registry.set('someone-else', new FakeHighlight());
    layer.set('term', [ranges[0]!]);
    expect(registry.get('brief-lens-term')?.size).toBe(1);
    layer.set('term', []);
    expect(registry.has('brief-lens-term')).toBe(false);
    layer.set('document', ranges);
    layer.clear();
    expect([...registry.keys()]).toEqual(['someone-else']);
  });

  test('highlightsFromPoint answers with our ranges only, and finds the mark they belong to', () => {
    const layer = new HighlightLayer(install(true).win);
    const ranges = someRanges();
    layer.set('term', [ranges[1]!]);
    const index = new MarkIndex([
      {
        mention: { entryId: 'a', kind: 'term', label: 'a', text: 'one', start: 0, end: 3 },
        range: ranges[0]!,
      },
      {
        mention: { entryId: 'b', kind: 'term', label: 'b', text: 'two', start: 4, end: 7 },
        range: ranges[1]!,
      },
    ]);
    expect(layer.rangesAtPoint(0, 0, ['term'])).toEqual([ranges[1]]);
    expect(markAtPoint(document, layer, index, 0, 0)?.mention.entryId).toBe('b');
  });
});
