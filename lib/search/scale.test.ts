import { describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index';
import { createSearch } from './search';
import { makeClippings } from './test-clippings';

// A measurement, not a timed assertion: it prints how long indexing and a query take with 10,000
// clippings, and checks only that the answers are right.
describe('search at scale', () => {
  it('indexes the pack with 10,000 clippings and answers queries', () => {
    const pack = loadPack();
    const clippings = makeClippings(10_000);
    const t0 = performance.now();
    const search = createSearch(pack, clippings);
    const built = performance.now() - t0;
    const timings: string[] = [];
    for (const q of ['jie bang', 'subsidies robotics', '制造业高质量发展', 'unveling the list', '揭榜掛帥']) {
      const t = performance.now();
      const r = search.search(q);
      timings.push(`${q}: ${(performance.now() - t).toFixed(1)} ms (${r.top.length} hits)`);
    }
    console.log(
      `[scale] index of pack + 10,000 clippings built in ${built.toFixed(0)} ms\n[scale] ${timings.join('\n[scale] ')}`,
    );
    expect(search.clippingCount).toBe(10_000);
    expect(search.search('jie bang').top[0]!.id).toBe('unveiling-the-list');
    expect(search.search('item 4242', { kinds: ['clipping'] }).top.length).toBeGreaterThan(0);
  });
});
