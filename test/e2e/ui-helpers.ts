/** Shared steps of the UI end-to-end specs: a seeded pack, a marked fixture tab, its id. */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { waitForMarks } from './page-helpers';

/** Waits until the background has seeded the pack into the extension's IndexedDB. */
export async function waitForPack(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const open = indexedDB.open('brief-lens');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error ?? new Error('indexedDB.open failed'));
      });
      try {
        if (!db.objectStoreNames.contains('meta')) return false;
        const req = db.transaction('meta').objectStore('meta').get('pack');
        return await new Promise<boolean>((ok) => (req.onsuccess = () => ok(Boolean(req.result))));
      } finally {
        db.close();
      }
    },
    undefined,
    { timeout: 30_000, polling: 200 },
  );
}

/** The ids of all tabs the extension sees. */
const tabIds = (s: ExtensionSession) =>
  s.worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id?: number }) => t.id!));

/**
 * Opens a page in a new tab and returns it with its tab id, found as the one new tab: a browser page's
 * address is hidden from an extension without the tabs permission, so it cannot be looked up by URL.
 */
export async function openTab(s: ExtensionSession, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(s));
  const page = await s.context.newPage();
  await page.goto(url);
  const added = (await tabIds(s)).filter((id: number) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0]! };
}

/** Opens a fixture page in a tab, waits for its marks, and returns the page with its tab id. */
export async function openMarkedFixture(
  s: ExtensionSession,
  path: string,
  minMarks = 1,
): Promise<{ page: Page; tabId: number }> {
  const opened = await openTab(s, s.url(path));
  await waitForMarks(opened.page, minMarks);
  return opened;
}
