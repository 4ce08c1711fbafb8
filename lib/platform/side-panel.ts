/**
 * Opening the side panel (Chrome) or sidebar (Firefox) at a route. Both need a user gesture; where the
 * browser refuses (the gesture did not reach us), the same view opens in a tab so the click is never lost.
 * That fallback reuses one tab, and opens or brings it forward at most a few times a minute: a page
 * that somehow got clicks through must not be able to fill the window with our tabs.
 */
import { browser } from 'wxt/browser';
import { RateLimit } from './rate-limit';

interface ChromeSidePanel {
  setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  setPanel(o: { panel: string; tabId?: number }): Promise<void>;
  open(): Promise<void>;
}

const sidePanel = (): ChromeSidePanel | undefined =>
  (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const sidebar = (): FirefoxSidebar | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** Opens the side panel for a tab at `hash` (e.g. `#para/intro-1`); returns where it opened. */
export async function openSidePanel(tabId: number | undefined, windowId: number | undefined, hash: string) {
  const path = `/sidepanel.html${hash}` as const;
  // A panel that is already open follows the route through this message; a new one reads its hash.
  void browser.runtime.sendMessage({ type: 'sidePanelRoute', payload: { hash } }).catch(() => undefined);
  try {
    const chromePanel = sidePanel();
    if (chromePanel) {
      // open() must run before any await so the user's gesture still counts.
      const opening = chromePanel.open(tabId !== undefined ? { tabId } : { windowId: windowId! });
      await chromePanel.setOptions({ path, enabled: true });
      await opening;
      return 'panel' as const;
    }
    const fx = sidebar();
    if (fx) {
      const opening = fx.open();
      await fx.setPanel({ panel: browser.runtime.getURL(path) });
      await opening;
      return 'panel' as const;
    }
  } catch {
    // No gesture reached us: fall through to a tab.
  }
  return openInTab(browser.runtime.getURL(path));
}

/** At most 4 fallback openings in any 30 seconds. */
const fallbackLimit = new RateLimit(4, 30_000);
let fallbackTab: number | undefined;

/** The side panel's view in our one fallback tab: reused while it is open, made when it is not. */
async function openInTab(url: string): Promise<'tab' | 'refused'> {
  if (!fallbackLimit.take()) return 'refused';
  if (fallbackTab !== undefined) {
    try {
      // Reused only while it still shows one of our pages: the reader may have gone elsewhere in it.
      const tab = await browser.tabs.get(fallbackTab);
      if (tab.url?.startsWith(browser.runtime.getURL('/'))) {
        await browser.tabs.update(fallbackTab, { url, active: true });
        if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true });
        return 'tab';
      }
    } catch {
      // The reader closed it.
    }
  }
  fallbackTab = (await browser.tabs.create({ url })).id;
  return 'tab';
}
