/** What each tab's page mentions, as its content script last reported, and the toolbar badge for it. */
import { browser } from 'wxt/browser';
import type { PageSummary } from '../messaging/protocol';
import { setBadge } from '../platform/badge';

const summaries = new Map<number, PageSummary>();

/** Records a tab's page summary and shows its count on the badge. */
export async function recordSummary(tabId: number, summary: PageSummary): Promise<void> {
  summaries.set(tabId, summary);
  const text = summary.enabled && summary.total > 0 ? String(Math.min(summary.total, 999)) : '';
  await setBadge(tabId, text, '#7a4b00');
}

/** The last summary a tab's content script sent, if any. */
export function summaryFor(tabId: number): PageSummary | undefined {
  return summaries.get(tabId);
}

/** Forgets closed tabs. */
export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => summaries.delete(tabId));
}
