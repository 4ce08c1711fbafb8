// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentOptions } from './content-sources';

describe("the content script's sources", () => {
  let sent: { type: string; payload: unknown }[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message as { type: string; payload: unknown });
      return { ok: true };
    });
  });

  const options = () =>
    contentOptions(document.body, 'chrome-extension://x/page-ui.js', new AbortController().signal);

  test('muting asks the background and writes nothing to storage itself', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await options().muteEntry('unveiling-the-list');
    expect(sent).toEqual([
      { type: 'changeSettings', payload: { kind: 'mute', entryId: 'unveiling-the-list' } },
    ]);
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  test('a damaged table is reported to the background a few times at most', () => {
    const o = options();
    for (let i = 0; i < 10; i++) o.tableDamaged!();
    expect(sent.filter((m) => m.type === 'rebuildTable')).toHaveLength(3);
  });
});
