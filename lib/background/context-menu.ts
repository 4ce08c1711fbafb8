/** The selection context menu: *Look up "…" in Brief Lens* opens the side panel with that query. */
import { browser } from 'wxt/browser';
import { routeHash } from '../messaging/protocol';
import { openSidePanel } from '../platform/side-panel';

const MENU_ID = 'brief-lens-lookup';
const SAVE_ID = 'brief-lens-save';

/**
 * Creates the menu items (on install and update; Chrome keeps them across restarts). Promise style,
 * which both browsers' `contextMenus.removeAll` support through the polyfill; the callback form is
 * Chrome's only.
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuLookup') || 'Look up “%s” in Brief Lens',
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: SAVE_ID,
    title: browser.i18n.getMessage('menuSave') || 'Save selection as a Brief Lens clipping',
    contexts: ['selection'],
  });
}

/** The side panel route for a looked-up selection: whitespace folded, at most 200 characters. */
export function lookupHash(selection: string): string {
  return routeHash({ view: 'search', query: selection.replace(/\s+/g, ' ').trim().slice(0, 200) });
}

/** Handles clicks on the menu items. */
export function listenMenus(onSave: (tabId: number, frameId: number | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) {
      void openSidePanel(tab?.id, tab?.windowId, lookupHash(info.selectionText));
    } else if (info.menuItemId === SAVE_ID && tab?.id !== undefined) {
      onSave(tab.id, info.frameId);
    }
  });
}
