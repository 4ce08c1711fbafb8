/** The background's wiring: install and update, messages, commands, menus and the badge. */
import { browser } from 'wxt/browser';
import { loadPack } from '../../data';
import { getDb } from '../db/db';
import type { BackgroundProtocol, Command } from '../messaging/protocol';
import { isValidPayload } from '../messaging/schemas';
import { listen, sendToTab } from '../platform/messages';
import { createMenus, listenMenus } from './context-menu';
import { backgroundHandlers } from './handlers';
import { updateSettings } from '../settings/settings';
import { ensureSeeded, repairTable } from './seeding';
import { watchPdfNavigations } from './pdf-redirect';
import { watchTabs } from './tab-state';

/** Starts every background listener; called once per service-worker start. */
export function startBackground(): void {
  const pack = loadPack();
  watchTabs();
  watchPdfNavigations();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createMenus().catch((error: unknown) => console.error('Brief Lens: could not create the menus', error));
    void ensureSeeded(getDb(), pack);
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  // A worker woken for any reason makes sure the stored table matches the pack it carries.
  void ensureSeeded(getDb(), pack);
  const handlers = backgroundHandlers({
    db: getDb,
    pack: () => pack,
    extensionOrigin: browser.runtime.getURL('/'),
    updateSettings,
    repairTable: () => repairTable(pack),
  });
  listen<BackgroundProtocol>(handlers, isValidPayload);
  // Saving goes to the frame the selection is in.
  listenMenus((tabId, frameId) => void forward(tabId, 'save-clipping', frameId));
  browser.commands.onCommand.addListener((name, tab) => {
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await forward(id, name as Command);
    })();
  });
}

async function forward(tabId: number, name: Command, frameId = 0): Promise<void> {
  await sendToTab(tabId, 'command', { name }, frameId).catch(() => undefined);
}
