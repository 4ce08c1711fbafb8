/** The background's wiring: install and update, messages, commands, menus and the badge. */
import { browser } from 'wxt/browser';
import { listen } from '../platform/messages';
import type { BackgroundProtocol } from '../messaging/protocol';
import { isValidPayload } from '../messaging/schemas';
import { recordSummary, watchTabs } from './tab-state';

/** Starts every background listener; called once per service-worker start. */
export function startBackground(): void {
  watchTabs();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  listen<BackgroundProtocol>(
    {
      ping: () => ({ ok: true, packVersion: null }),
      pageScanned: async (summary, sender) => {
        if (sender.tab?.id !== undefined && sender.frameId === 0) await recordSummary(sender.tab.id, summary);
      },
    },
    isValidPayload,
  );
}
