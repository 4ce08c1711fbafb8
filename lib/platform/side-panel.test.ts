import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RateLimit } from './rate-limit';

describe('the side panel fallback', () => {
  beforeEach(() => fakeBrowser.reset());

  test('opens one tab and reuses it; a burst of requests is cut off', async () => {
    const { openSidePanel } = await import('./side-panel');
    const where: string[] = [];
    for (let i = 0; i < 8; i++) where.push(await openSidePanel(1, 1, `#entry/e${i}`));
    const tabs = await fakeBrowser.tabs.query({});
    const ours = tabs.filter((t) => t.url?.includes('/sidepanel.html'));
    expect(ours).toHaveLength(1);
    expect(where.filter((w) => w === 'tab')).toHaveLength(4);
    expect(where.slice(4)).toEqual(['refused', 'refused', 'refused', 'refused']);
    expect(ours[0]!.url).toContain('#entry/e3');
  });
});

describe('the rate limit', () => {
  test('allows max events in any window and frees them as they age', () => {
    let now = 0;
    const limit = new RateLimit(2, 1000, () => now);
    expect([limit.take(), limit.take(), limit.take()]).toEqual([true, true, false]);
    now = 999;
    expect(limit.take()).toBe(false);
    now = 1000;
    expect([limit.take(), limit.take(), limit.take()]).toEqual([true, true, false]);
  });
});
