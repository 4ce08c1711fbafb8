import { describe, expect, test } from 'vitest';
import { queueSettings } from './settings-queue';
import { getSettings } from '../settings/settings';

describe('queueSettings', () => {
  test('changes made at once all land', async () => {
    await Promise.all([
      queueSettings((s) => ({ sites: [...s.sites, 'a.org'] })),
      queueSettings((s) => ({ sites: [...s.sites, 'b.org'] })),
      queueSettings((s) => ({ muted: [...s.muted, 'x'] })),
    ]);
    const s = await getSettings();
    expect(s.sites).toEqual(['a.org', 'b.org']);
    expect(s.muted).toEqual(['x']);
  });
});
