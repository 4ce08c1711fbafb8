/**
 * Opening PDFs in the reader by themselves (the option, off by default): a top-level navigation to an
 * http(s) address whose path ends in .pdf, on a site that is on and that the extension may read, goes
 * to pdf.html?file=URL instead. The browser's own viewer stays one click away (the address itself).
 */
import { isSiteEnabled, type Settings } from '../settings/settings-core';
import { looksLikePdf, originPattern, readerPath } from './source';

/** The site permissions this option asks for when it is turned on (Chrome's optional hosts). */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/**
 * Where a navigation to `url` should go instead, or null to leave it: the option is on, the address
 * is an http(s) PDF, and marking is on for its site. Whether the site is granted is asked separately
 * (`granted`), since only the browser knows.
 */
export function readerRedirect(
  url: string | undefined,
  settings: Settings,
  extensionUrl: (path: string) => string,
): string | null {
  if (!settings.openPdfsInReader || !url || !looksLikePdf(url)) return null;
  if (!originPattern(url)) return null; // file: PDFs stay with the browser
  if (!isSiteEnabled(settings, url)) return null;
  return extensionUrl(readerPath(url));
}

export interface AutoOpenDeps {
  settings: () => Promise<Settings>;
  extensionUrl: (path: string) => string;
  /** Whether the extension may read this origin pattern now. */
  granted: (pattern: string) => Promise<boolean>;
  /** Sends the tab to `url`. */
  redirect: (tabId: number, url: string) => Promise<unknown>;
}

/** Handles one tab update: redirects a top-level navigation to a PDF when the option says so. */
export async function onTabUrl(tabId: number, url: string | undefined, deps: AutoOpenDeps): Promise<boolean> {
  const target = readerRedirect(url, await deps.settings(), deps.extensionUrl);
  if (!target || !(await deps.granted(originPattern(url!)!))) return false;
  await deps.redirect(tabId, target);
  return true;
}
