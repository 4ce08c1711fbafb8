/**
 * Nothing leaves the machine. Chromium is pointed at a proxy that records and refuses every request to
 * another host — whoever makes it: page, content script, extension page or service worker — while every
 * feature is used. The test server records every request to this machine. The extension may make none.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, openExtensionPage, type ExtensionSession } from './harness';
import { hoverMark, selectParagraph, waitForMarks } from './page-helpers';
import { startRecordingProxy, type RecordingProxy } from './proxy';

let s: ExtensionSession;
let proxy: RecordingProxy;

beforeAll(async () => {
  proxy = await startRecordingProxy();
  s = await launchExtension({ args: [`--proxy-server=${proxy.address}`] });
});

afterAll(async () => {
  await s?.close();
  await proxy?.close();
});

describe('privacy', () => {
  test('using every feature makes no network request of its own', async () => {
    const pagePath = '/pages/en-news.html';
    const page = await s.context.newPage();
    await page.goto(s.url(pagePath));
    await page.bringToFront();
    await waitForMarks(page, 3);

    // The card, and saving from it.
    await hoverMark(page, '揭榜挂帅');
    await page.locator('[data-brief-lens] button', { hasText: /save/i }).first().click();
    await page.mouse.move(5, 5);

    // Saving a selection with the button beside it.
    await selectParagraph(page, 'innovation consortia');
    await page.mouse.up();
    await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    const selectionSave = page.locator('[data-brief-lens] button', { hasText: /save/i }).first();
    await selectionSave.click({ timeout: 5_000 }).catch(() => undefined);

    // The keyboard commands through the background.
    for (const name of ['next-mark', 'toggle-marks', 'toggle-marks']) {
      await s.worker.evaluate(async (n) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab!.id, { type: 'command', payload: { name: n } }, { frameId: 0 });
      }, name);
    }

    const tabId = await s.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });

    // The popup for that tab, and a click on an occurrence.
    const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
    await popup.getByText('揭榜挂帅').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await popup.locator('button').first().click().catch(() => undefined);
    await popup.close();

    // The side panel: search, an entry, the brief, the clippings and an export.
    const panel = await openExtensionPage(s, 'sidepanel.html');
    await panel.fill('input[type=search]', 'jie bang');
    await panel.getByText('揭榜挂帅').first().waitFor({ timeout: 10_000 });
    await panel.keyboard.press('Enter');
    for (const hash of ['#entry/unveiling-the-list', '#brief', '#para/intro-1', '#clippings']) {
      await panel.evaluate((h) => (location.hash = h), hash);
      await panel.waitForTimeout(400);
    }
    const download = panel.waitForEvent('download', { timeout: 5_000 }).catch(() => null);
    await panel.locator('button', { hasText: /markdown/i }).first().click({ timeout: 5_000 }).catch(() => undefined);
    await download;
    await panel.close();

    // Options and onboarding.
    const options = await openExtensionPage(s, 'options.html');
    await options.locator('input[type=checkbox]').first().click().catch(() => undefined);
    await options.close();
    const onboarding = await openExtensionPage(s, 'onboarding.html');
    await onboarding.waitForTimeout(1_000);
    await onboarding.close();
    await page.close();

    expect(proxy.seen, 'requests to other hosts through the proxy').toEqual([]);
    expect(s.blocked, 'requests to other hosts stopped in the browser').toEqual([]);
    const ours = s.server.requests.filter((r) => !(r.method === 'GET' && (r.path === pagePath || r.path === '/favicon.ico')));
    expect(ours, 'requests to this machine that the test did not make').toEqual([]);
    expect(s.server.requests.some((r) => r.origin?.startsWith('chrome-extension://'))).toBe(false);
  });
});
