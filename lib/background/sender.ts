/**
 * What the background believes about who sent a message: the address the browser reports for the
 * sending frame, never one the page wrote into its own markup. A page may declare any canonical
 * address; it counts only when it is on the sender's own site.
 */
import { normaliseUrl, parseHttpUrl } from '../clip/url';
import { isOwnReaderUrl } from '../pdf/source';
import type { Sender } from '../platform/messages';
import { siteKey } from '../settings/settings-core';

/** The http(s) address of the frame that sent a message, as the browser reports it; null for others. */
export function senderPageUrl(sender: Sender): string | null {
  // sender.url is the sending frame's own address; the tab's is the top page's, right only for the top frame.
  const url = sender.url ?? ((sender.frameId ?? 0) === 0 ? sender.tab?.url : undefined);
  return url && parseHttpUrl(url) ? url : null;
}

/** Whether a message came from one of our own pages (popup, side panel, options), not a content script. */
export function fromExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return sender.url !== undefined && sender.url.startsWith(extensionOrigin);
}

/** Whether two http(s) addresses are on the same site: the same host, `www.` aside. */
export function sameSite(a: string, b: string): boolean {
  const ka = siteKey(a);
  return ka !== null && ka === siteKey(b);
}

/** The canonical address to trust for a page: the declared one on the same site, else the page's own. */
export function trustedCanonical(declared: string | undefined, pageUrl: string): string {
  return declared && parseHttpUrl(declared) && sameSite(declared, pageUrl) ? declared : pageUrl;
}

/** Whether a draft's page address is the sender's (fragments and tracking parameters aside). */
export function isSendersPage(draftUrl: string, pageUrl: string): boolean {
  const a = normaliseUrl(draftUrl);
  return a !== null && a === normaliseUrl(pageUrl);
}

/** Whether a message came from our own PDF reader (`pdf.html`), whatever it has open. */
export function fromReader(sender: Sender, extensionOrigin: string): boolean {
  return isOwnReaderUrl(sender.url, extensionOrigin);
}

/**
 * The http(s) address of the PDF our reader shows (`pdf.html?file=URL`), when the reader sent the
 * message: the address the browser reports for the reader's own page, not one the message names.
 * Null for any other sender, and for a PDF opened from this computer.
 */
export function readerPdfUrl(sender: Sender, extensionOrigin: string): string | null {
  if (!fromReader(sender, extensionOrigin)) return null;
  const file = new URL(sender.url!).searchParams.get('file');
  return file && parseHttpUrl(file) ? file : null;
}
