import { describe, expect, test, vi } from 'vitest';
import type { EntryDetails } from '../messaging/protocol';
import { DetailsCache } from './details-cache';

const details = (id: string) => ({ entryId: id, label: id }) as EntryDetails;

describe('DetailsCache', () => {
  test('prefetches everything missing in one request and then answers from memory', async () => {
    const source = vi.fn(async (ids: string[]) => ids.filter((id) => id !== 'gone').map(details));
    const cache = new DetailsCache(source);
    await cache.prefetch(['a', 'b', 'a', 'gone']);
    expect(source).toHaveBeenCalledTimes(1);
    expect(source).toHaveBeenCalledWith(['a', 'b', 'gone']);
    expect(cache.lookup('a')?.entryId).toBe('a');
    expect(cache.lookup('gone')).toBeNull();
    // Known ids and ids the background had nothing on are not asked again by a later scan.
    await cache.prefetch(['a', 'b', 'gone', 'c']);
    expect(source).toHaveBeenLastCalledWith(['c']);
    expect(await cache.get('b')).toEqual(details('b'));
    expect(source).toHaveBeenCalledTimes(2);
  });

  test('a request on its way is shared, and a failed one can be retried by opening the card', async () => {
    let fail = true;
    const source = vi.fn(async (ids: string[]) => {
      if (fail) throw new Error('asleep');
      return ids.map(details);
    });
    const cache = new DetailsCache(source);
    const first = cache.prefetch(['a']);
    expect(cache.lookup('a')).toBeUndefined();
    await Promise.all([first, cache.prefetch(['a'])]);
    expect(source).toHaveBeenCalledTimes(1);
    expect(cache.lookup('a')).toBeNull();
    fail = false;
    expect(await cache.get('a')).toEqual(details('a'));
  });
});
