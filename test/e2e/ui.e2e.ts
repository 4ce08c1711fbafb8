import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, openExtensionPage, type ExtensionSession } from './harness';
import { openMarkedFixture, openTab, waitForPack } from './ui-helpers';
import { loadPack } from '../../data/index';

const pack = loadPack();
const jbgs = pack.entries.find((e) => e.zh?.hans === '揭榜挂帅')!;

describe('popup and side panel in Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
    const first = await openExtensionPage(s, 'options.html');
    await waitForPack(first);
    await first.close();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the popup lists the page matches and a click on an occurrence scrolls the page to it', async () => {
    const { page, tabId } = await openMarkedFixture(s, 'ui/long-article.html', 3);
    const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`, `li[data-entry-id="${jbgs.id}"]`);
    const row = popup.locator(`li[data-entry-id="${jbgs.id}"]`);
    expect(Number(await row.locator('.count').textContent())).toBe(2);
    expect(await popup.locator('section[aria-label="Terms"] li').count()).toBeGreaterThanOrEqual(2);
    await row.locator('button.mention-toggle').click();
    await row.locator('.passage').first().waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await row.locator('.occurrences button').nth(1).click();
    // The second mention sits 6000 px down the page.
    await page.waitForFunction(() => scrollY > 4000, undefined, { timeout: 5000 });
    await popup.close();
    await page.close();
  });

  test('the popup explains a browser page it cannot read', async () => {
    const { page, tabId } = await openTab(s, 'chrome://version/');
    // Without the tabs permission the browser hides this tab's address; no content script answers either.
    const popup = await openExtensionPage(
      s,
      `popup.html?tab=${tabId}`,
      '[data-state="unreadable"], [data-state="restricted"]',
    );
    expect(await popup.locator('[data-state]').textContent()).toMatch(
      /Browser pages, extension pages and web stores|do not let extensions/,
    );
    await popup.close();
    await page.close();
  });

  test.each(['揭榜挂帅', 'jie bang', 'unveiling the list', 'unveling the lsit'])(
    'side panel search for %s finds the entry',
    async (query) => {
      const panel = await openExtensionPage(s, 'sidepanel.html', 'input[type=search]');
      const box = panel.locator('input[type=search]');
      await box.click();
      await box.pressSequentially(query, { delay: 20 });
      const first = panel.locator('[role=listbox] [role=group]').first().locator('[role=option]').first();
      await first.waitFor({ timeout: 10_000 });
      expect(await first.getAttribute('id')).toBe(`result-entry-${jbgs.id}`.replace(/[^\w-]/g, '_'));
      expect(panel.url()).toContain(`#search/${encodeURIComponent(query)}`);
      // Keyboard: the first arrow press activates the first result; Enter opens it.
      await box.press('ArrowDown');
      expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
      await box.press('Enter');
      await panel.locator(`article.entry[data-entry-id="${jbgs.id}"]`).waitFor();
      await panel.close();
    },
  );

  test('an entry deep link opens the entry view', async () => {
    const panel = await openExtensionPage(s, `sidepanel.html#entry/${jbgs.id}`, 'article.entry');
    expect(await panel.locator('article.entry h2').textContent()).toBe(jbgs.label);
    expect(await panel.locator('article.entry [lang="zh-Hans"]').first().textContent()).toBe('揭榜挂帅');
    expect(await panel.locator('article.entry .passage').count()).toBe(jbgs.paragraphs.length);
    await panel.close();
  });

  test('a paragraph deep link opens the reader scrolled to that paragraph, highlighted', async () => {
    const para = pack.paragraphs[pack.paragraphs.length - 3]!;
    const panel = await openExtensionPage(s, `sidepanel.html#para/${para.id}`, `[data-para-id="${para.id}"]`);
    const el = panel.locator(`[data-para-id="${para.id}"]`);
    expect(await el.getAttribute('class')).toContain('target');
    await panel.waitForFunction(
      (id) => {
        const box = document.querySelector(`[data-para-id="${id}"]`)!.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight;
      },
      para.id,
      { timeout: 5000 },
    );
    // An already open panel follows a new route from the background.
    await s.worker.evaluate(
      (hash) => chrome.runtime.sendMessage({ type: 'sidePanelRoute', payload: { hash } }),
      `#entry/${jbgs.id}`,
    );
    await panel.locator(`article.entry[data-entry-id="${jbgs.id}"]`).waitFor({ timeout: 5000 });
    await panel.close();
  });

  test('the side panel follows the active tab', async () => {
    const { page } = await openMarkedFixture(s, 'ui/long-article.html', 3);
    const panel = await openExtensionPage(s, 'sidepanel.html', '.overview');
    // The panel page is itself the active tab here, so it describes a page it cannot read.
    await panel.locator('[data-state]').waitFor();
    await page.bringToFront();
    await panel.locator(`li[data-entry-id="${jbgs.id}"]`).waitFor({ timeout: 10_000 });
    await panel.close();
    await page.close();
  });
});
