/** The background's side of *Open PDFs in the reader*: watches tabs' top-level addresses. */
import { browser } from 'wxt/browser';
import { onTabUrl } from '../pdf/auto-open';
import { getSettings } from '../settings/settings';

/** Starts watching; a tab's address is reported only for sites the extension may read. */
export function watchPdfNavigations(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void onTabUrl(tabId, change.url, {
      settings: getSettings,
      extensionUrl: browser.runtime.getURL as (path: string) => string,
      granted: (pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false),
      redirect: (id, url) => browser.tabs.update(id, { url }),
    }).catch(() => undefined);
  });
}
