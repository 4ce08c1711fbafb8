import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, openExtensionPage, type ExtensionSession } from './harness';

describe('the extension installs and its pages work', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the service worker runs from the built extension', () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    expect(s.worker.url()).toContain('/background.js');
  });

  test('the content script runs on a 127.0.0.1 page and reaches the background', async () => {
    const page = await s.context.newPage();
    const url = s.url('/pages/en-news.html');
    await page.goto(url);
    await page.bringToFront();
    // The background sets the badge from the content script's report: the page's number of mentions.
    let badge = '';
    for (let i = 0; i < 100 && !badge; i++) {
      // Without the tabs permission the worker cannot read tab addresses: the page is the active tab.
      badge = await s.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
      });
      if (!badge) await page.waitForTimeout(100);
    }
    expect(Number(badge)).toBeGreaterThan(3);
    await page.close();
  });

  test.each(['popup.html', 'sidepanel.html', 'options.html', 'onboarding.html'])(
    '%s renders',
    async (path) => {
      const page = await openExtensionPage(s, path);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      expect(await page.locator('h1, h2, [role=heading]').count()).toBeGreaterThan(0);
      expect((await page.textContent('body'))?.trim().length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the extension database survives a browser restart', () => {
  test('a write from an extension page is there after restarting with the same profile', async () => {
    const first = await launchExtension();
    const page = await openExtensionPage(first, 'options.html');
    const stamp = `restart-${Date.now()}`;
    await page.evaluate(async (value) => {
      const open = indexedDB.open('brief-lens');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(new Error(String(open.error)));
      });
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ key: 'e2e-restart', value });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, stamp);
    await first.close({ keepProfile: true });

    const second = await launchExtension({ userDataDir: first.userDataDir });
    const again = await openExtensionPage(second, 'options.html');
    const value = await again.evaluate(async () => {
      const open = indexedDB.open('brief-lens');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const req = db.transaction('meta').objectStore('meta').get('e2e-restart');
      return new Promise((ok) => (req.onsuccess = () => ok((req.result as { value: string }).value)));
    });
    expect(value).toBe(stamp);
    await second.close();
  });
});
