// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { followChanges } from './change-follower';
import { coalesce, type ChangeRecord } from './mutation-batch';

const list = (...nodes: Node[]) => nodes as unknown as NodeList;
const childList = (target: Node, added: Node[] = [], removed: Node[] = []): ChangeRecord => ({
  type: 'childList',
  target,
  addedNodes: list(...added),
  removedNodes: list(...removed),
});

function page() {
  document.body.innerHTML =
    '<main><article><p id="a">One <em>two</em></p><p id="b">Three</p></article></main>';
  return {
    main: document.querySelector('main')!,
    article: document.querySelector('article')!,
    a: document.getElementById('a')!,
    b: document.getElementById('b')!,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.querySelectorAll('[data-brief-lens]').forEach((n) => n.remove());
});

describe('coalesce', () => {
  test('an added paragraph is rescanned on its own; inline changes widen to their block', () => {
    const { article, a } = page();
    const p = document.createElement('p');
    p.textContent = 'new';
    article.append(p);
    const em = a.querySelector('em')!;
    const batch = coalesce(
      [childList(article, [p]), { ...childList(em), type: 'characterData', target: em.firstChild! }],
      document.body,
    );
    expect(batch.full).toBe(false);
    expect(batch.roots).toEqual([p, a]);
  });

  test('nested changes collapse into the outermost block and duplicates merge', () => {
    const { article, a, b } = page();
    const batch = coalesce(
      [
        childList(a, [a.firstChild!]),
        childList(b, [b.firstChild!]),
        childList(article, [a]),
        childList(a, [a.lastChild!]),
      ],
      document.body,
    );
    expect(batch.roots).toEqual([a, b]);
    const outer = coalesce(
      [childList(a, [a.firstChild!]), childList(document.body, [document.querySelector('main')!])],
      document.body,
    );
    expect(outer.roots).toEqual([document.querySelector('main')]);
  });

  test('our own host is ignored, whether added, removed or changed inside', () => {
    page();
    const host = document.createElement('div');
    host.setAttribute('data-brief-lens', '');
    const inner = document.createElement('p');
    host.append(inner);
    document.body.append(host);
    const batch = coalesce(
      [childList(document.body, [host]), childList(document.body, [], [host]), childList(host, [inner])],
      document.body,
    );
    expect(batch).toEqual({ roots: [], full: false, removed: false });
  });

  test('removals are flagged; removing inline content rescans its block', () => {
    const { a, b } = page();
    const em = a.querySelector('em')!;
    em.remove();
    expect(coalesce([childList(a, [], [em])], document.body)).toEqual({
      roots: [a],
      full: false,
      removed: true,
    });
    b.remove();
    expect(coalesce([childList(document.querySelector('article')!, [], [b])], document.body)).toEqual({
      roots: [],
      full: false,
      removed: true,
    });
  });

  test('text added straight into the scope, or too many blocks, make a full rescan', () => {
    const { article } = page();
    const t = document.createTextNode('loose');
    document.body.append(t);
    expect(coalesce([childList(document.body, [t])], document.body).full).toBe(true);
    const ps = Array.from({ length: 60 }, () => article.appendChild(document.createElement('p')));
    const many = coalesce(
      ps.map((p) => childList(article, [p])),
      document.body,
      50,
    );
    expect(many).toMatchObject({ roots: [document.body], full: true });
  });

  test('detached nodes are not rescanned', () => {
    const { article } = page();
    const p = document.createElement('p');
    article.append(p);
    p.remove();
    expect(coalesce([childList(article, [p])], document.body).roots).toEqual([]);
  });
});

describe('followChanges', () => {
  test('a page appending every 100 ms for 5 s is flushed a bounded number of times, covering every paragraph', async () => {
    vi.useFakeTimers();
    try {
      const { article } = page();
      const seen = new Set<Node>();
      let batches = 0;
      const stop = followChanges(document.body, (b) => {
        batches++;
        b.roots.forEach((r) => seen.add(r));
      });
      const added: Node[] = [];
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = `para ${i}`;
        article.append(p);
        added.push(p);
        await vi.advanceTimersByTimeAsync(100);
      }
      await vi.advanceTimersByTimeAsync(1000);
      stop();
      expect(added.every((p) => seen.has(p))).toBe(true);
      // 5 s of changes with a 600 ms ceiling between flushes: about nine, never one per change.
      expect(batches).toBeGreaterThanOrEqual(5);
      expect(batches).toBeLessThanOrEqual(10);
    } finally {
      vi.useRealTimers();
    }
  });

  test('waits for quiet before flushing a single change, and stops cleanly', async () => {
    vi.useFakeTimers();
    try {
      const { article } = page();
      const onBatch = vi.fn();
      const stop = followChanges(document.body, onBatch, { quietMs: 200 });
      article.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(150);
      expect(onBatch).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(100);
      expect(onBatch).toHaveBeenCalledOnce();
      stop();
      article.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(onBatch).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
