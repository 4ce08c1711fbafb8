/**
 * The state of one tab as the popup and side panel explain it: a page where extensions cannot run,
 * a site the user turned off, a page whose content script does not answer (it was loaded before the
 * extension was installed), or the page's summary.
 */
import type { PageSummary } from '../messaging/protocol';
import { isSiteEnabled, type Settings } from '../settings/settings';
import { isOwnReaderUrl } from '../pdf/source';
import { isRestrictedUrl } from './restricted';
import type { TargetTab } from './target-tab';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'restricted'; tab: TargetTab }
  | { kind: 'off'; tab: TargetTab }
  | { kind: 'no-script'; tab: TargetTab }
  /** The browser hid the address and no content script answered: a browser page, or an old one. */
  | { kind: 'unreadable'; tab: TargetTab }
  /** `reader`: the tab is our own PDF reader, shown as the PDF it reads (`tab.url` is the PDF's). */
  | { kind: 'ready'; tab: TargetTab; summary: PageSummary; reader?: true };

export type AskSummary = (tabId: number) => Promise<PageSummary>;

/** How long a content script may take to answer before the page counts as not answering. */
export const SUMMARY_TIMEOUT_MS = 2500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * Works out what to show for a tab under the given settings. `extensionOrigin` (ours, with its
 * trailing slash) lets our own PDF reader count as a readable page: it answers for the PDF it shows.
 */
export async function loadPageState(
  tab: TargetTab | null,
  settings: Settings,
  ask: AskSummary,
  timeoutMs = SUMMARY_TIMEOUT_MS,
  extensionOrigin = '',
): Promise<PageState> {
  if (!tab) return { kind: 'no-tab' };
  // Without the tabs permission the address is known only for the tab the user invoked us on
  // (activeTab); otherwise the content script's answer supplies it.
  const known = tab.url !== '';
  const reader = isOwnReaderUrl(tab.url, extensionOrigin);
  if (known && !reader && isRestrictedUrl(tab.url)) return { kind: 'restricted', tab };
  if (known && !reader && !isSiteEnabled(settings, tab.url)) return { kind: 'off', tab };
  let summary: PageSummary;
  try {
    summary = await withTimeout(ask(tab.id), timeoutMs);
  } catch {
    return { kind: known ? 'no-script' : 'unreadable', tab };
  }
  // An answer without a summary comes from a content script of another version, mid-update.
  if (!summary || !Array.isArray(summary.mentions)) return { kind: known ? 'no-script' : 'unreadable', tab };
  if (reader) {
    // Shown as the PDF it reads; one opened from this computer has no site to turn off.
    const seen = { ...tab, url: summary.url, title: summary.title || tab.title };
    const off = isRestrictedUrl(summary.url) ? !summary.enabled : !isSiteEnabled(settings, summary.url);
    return off ? { kind: 'off', tab: seen } : { kind: 'ready', tab: seen, summary, reader: true };
  }
  const seen = { ...tab, url: tab.url || summary.url, title: tab.title || summary.title };
  if (!isSiteEnabled(settings, seen.url)) return { kind: 'off', tab: seen };
  return { kind: 'ready', tab: seen, summary };
}
