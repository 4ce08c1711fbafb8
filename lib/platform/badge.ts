/**
 * The toolbar button's badge. Chrome's MV3 build has `browser.action`; Firefox's MV2 build has only
 * `browser.browserAction`, with the same badge calls. Everything else asks here and never names either.
 */
import { browser } from 'wxt/browser';

interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
}

/** The toolbar button's API in this browser, if it has one. */
export function toolbarButton(api: unknown = browser): BadgeApi | undefined {
  const b = api as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/** Shows `text` on the toolbar button for one tab (empty text clears it). */
export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeText({ tabId, text });
  await button.setBadgeBackgroundColor({ tabId, color });
}
