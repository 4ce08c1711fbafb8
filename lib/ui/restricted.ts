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

/**
 * Whether `url` is our own PDF reader (`pdf.html`) under this extension's origin (with its trailing
 * slash): an extension page, but one that reads a document and answers as a content script does.
 */
export function isOwnReaderUrl(url: string | undefined, extensionOrigin: string): boolean {
  // Compared as text: for chrome-extension: and moz-extension: addresses URL.origin is "null".
  if (!url || !extensionOrigin.endsWith('/') || !url.startsWith(extensionOrigin)) return false;
  try {
    return new URL(url).pathname === '/pdf.html';
  } catch {
    return false;
  }
}
