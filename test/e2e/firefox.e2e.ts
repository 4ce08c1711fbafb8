/**
 * The flows that matter most, in a real Firefox: marks and the card on a fixture page, the popup, side
 * panel search, and saving a clipping.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxAvailable, launchFirefox, poll, type FirefoxSession } from './firefox-harness';
import { fxClickUi, fxUiTexts } from './firefox-ui';

const available = firefoxAvailable();

/** Waits until the content script has registered term highlights in the page. */
function waitForTermMarks(page: Page): Promise<void> {
  return poll(
    () => page.evaluate(() => (CSS.highlights.get('brief-lens-term')?.size ?? 0) > 0).catch(() => false),
    20_000,
    'term highlights',
  );
}

describe.skipIf(!available)('Firefox', () => {
  let fx: FirefoxSession;
  beforeAll(async () => {
    fx = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    await fx?.close();
  });

  test('marks the fixture page and opens the card on hover', async () => {
    const page = await fx.browser.newPage();
    await page.goto(fx.url('/pages/en-news.html'));
    await waitForTermMarks(page);
    const terms = await page.evaluate(() => CSS.highlights.get('brief-lens-term')!.size);
    expect(terms).toBeGreaterThan(3);
    // Rest the pointer on the first mention of 揭榜挂帅.
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf('揭榜挂帅');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 4);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x - 40, box!.y - 40);
    await page.mouse.move(box!.x, box!.y, { steps: 4 });
    await poll(
      () =>
        fxUiTexts(page, '.card')
          .then((t) => t.join(' ').includes('揭榜挂帅'))
          .catch(() => false),
      10_000,
      'the card',
    );
    // The page's own scripts cannot see into our UI.
    expect(
      await page.evaluate(() => document.querySelector('[data-brief-lens=""]')?.shadowRoot ?? null),
    ).toBe(null);
    const card = (await fxUiTexts(page, '.card')).join(' ');
    expect(card).toMatch(/unveil/i);
    await page.close();
  });

  test('the toolbar badge counts the marks, the context menus exist, and the options page opens', async () => {
    const article = await fx.browser.newPage();
    await article.goto(fx.url('/pages/en-news.html?badge'));
    await waitForTermMarks(article);
    const probe = await fx.openExtensionPage('sidepanel.html', 'input[type=search]');
    await article.bringToFront();
    const found = await probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: any }).browser; // eslint-disable-line @typescript-eslint/no-explicit-any
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      const menu = async (id: string) =>
        api.contextMenus.update(id, {}).then(
          () => true,
          () => false,
        );
      return {
        // The MV2 build has no browser.action: the badge must go through browserAction.
        hasAction: api.action !== undefined,
        badge: await api.browserAction.getBadgeText({ tabId: tab.id }),
        lookup: await menu('brief-lens-lookup'),
        save: await menu('brief-lens-save'),
        unknown: await menu('no-such-menu'),
      };
    });
    expect(found.hasAction).toBe(false);
    expect(Number(found.badge)).toBeGreaterThan(3);
    expect([found.lookup, found.save, found.unknown]).toEqual([true, true, false]);
    await probe.close();
    await article.close();
    const options = await fx.openExtensionPage('options.html', 'h1');
    expect(await options.$eval('h1', (h) => h.textContent)).toMatch(/Brief Lens/);
    expect(await options.$('input[type=checkbox], select')).not.toBeNull();
    await options.close();
  });

  test('the side panel (sidebar) finds 揭榜挂帅 by pinyin', async () => {
    const page = await fx.openExtensionPage('sidepanel.html', 'input[type=search]');
    await page.type('input[type=search]', 'jie bang');
    await poll(
      () => page.evaluate(() => document.body.innerText.includes('揭榜挂帅')).catch(() => false),
      10_000,
      'search results',
    );
    await page.close();
  });

  test('the popup lists what the active page mentions', async () => {
    const article = await fx.browser.newPage();
    await article.goto(fx.url('/pages/zh-hans-news.html'));
    await waitForTermMarks(article);
    const probe = await fx.openExtensionPage('sidepanel.html', 'input[type=search]');
    // Without the tabs permission tab addresses are hidden: bring the article to the front and ask
    // for the active tab.
    await article.bringToFront();
    const tabId = await probe.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
      ).browser;
      return (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
    await probe.close();
    const popup = await fx.openExtensionPage(`popup.html?tab=${tabId}`, 'main');
    await poll(
      () => popup.evaluate(() => document.body.innerText.includes('新型举国体制')).catch(() => false),
      15_000,
      'the popup overview',
    );
    await popup.close();
    await article.close();
  });

  test('a selection saved as a clipping is listed in the side panel', async () => {
    const page = await fx.browser.newPage();
    await page.goto(fx.url('/pages/en-news.html'));
    await waitForTermMarks(page);
    // The reader selects the paragraph with the mouse: press at its start, drag to its end, release.
    const { quote, from, to } = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((el) =>
        el.textContent.includes('innovation consortia'),
      )!;
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        quote: p.textContent.replace(/\s+/g, ' ').trim().slice(0, 40),
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await poll(
      () => fxClickUi(page, 'button.sel', /save/i).catch(() => false),
      10_000,
      'the Save clipping button',
    );
    const panel = await fx.openExtensionPage('sidepanel.html#clippings', 'main');
    await poll(
      () =>
        panel
          .evaluate((q) => document.body.innerText.replace(/\s+/g, ' ').includes(q), quote)
          .catch(() => false),
      15_000,
      'the saved clipping in the side panel',
    );
    await panel.close();
    await page.close();
  });
});

if (!available)
  test.skip('Firefox tests skipped: firefox-esr or the Firefox build (npm run build:firefox) is missing', () => {});
