/** Addresses where the browser lets no extension run a content script. */

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * Whether extensions cannot run on this address: browser pages (chrome://, about:, edge://),
 * other extensions' pages, the web stores, and anything that is not http(s).
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return true;
  if (STORE_HOSTS.includes(u.hostname)) return true;
  // The old web store still answers under chrome.google.com/webstore.
  return u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore');
}
