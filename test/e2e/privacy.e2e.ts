/**
 * Nothing leaves the machine. Chromium is pointed at a proxy that records and refuses every request to
 * another host — whoever makes it: page, content script, extension page or service worker — while every
 * feature is used. The test server records every request to this machine, and the browser context
 * reports every request a page or worker makes. The extension may make none.
 *
 * Chromium itself (the browser process, with or without any extension) still asks Google's update,
 * sign-in and time services for things despite the flags that quiet it; a run without the extension
 * shows the same requests. Those hosts are the browser's, and are the only ones the proxy may see.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, openExtensionPage, type ExtensionSession } from './harness';
import { clickUi } from './our-ui';
import { hoverMark, selectParagraph } from './page-helpers';
import { openMarkedFixture } from './ui-helpers';
import { startRecordingProxy, type RecordingProxy } from './proxy';

let s: ExtensionSession;
let proxy: RecordingProxy;
const contextRequests: string[] = [];

/** Google's services that Chromium's own browser process contacts with no extension installed. */
const BROWSER_OWN = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  return (target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '')).toLowerCase();
}

beforeAll(async () => {
  proxy = await startRecordingProxy();
  s = await launchExtension({ args: [`--proxy-server=${proxy.address}`] });
  s.context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://')) contextRequests.push(`${r.method()} ${r.url()}`);
  });
});

afterAll(async () => {
  await s?.close();
  await proxy?.close();
});

describe('privacy', () => {
  test('using every feature makes no network request of its own', async () => {
    const pagePath = '/pages/en-news.html';
    // The tab is found as the one new tab: the onboarding tab opened on install may be the active one.
    const { page, tabId } = await openMarkedFixture(s, pagePath, 3);

    // The card, and saving from it.
    await hoverMark(page, '揭榜挂帅');
    await clickUi(page, '.card button', { hasText: /save/i });
    await page.mouse.move(5, 5);

    // Saving a selection with the button beside it.
    await selectParagraph(page, 'innovation consortia');
    await page.mouse.up();
    await clickUi(page, 'button.sel', { hasText: /save/i, timeout: 5_000 });

    // The keyboard commands through the background.
    for (const name of ['next-mark', 'toggle-marks', 'toggle-marks']) {
      await s.worker.evaluate(
        ([id, n]) => chrome.tabs.sendMessage(id, { type: 'command', payload: { name: n } }, { frameId: 0 }),
        [tabId, name] as const,
      );
    }

    // The popup for that tab, and a click on an occurrence.
    const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
    await popup.getByText('揭榜挂帅').first().waitFor({ timeout: 10_000 });
    await popup
      .locator('button')
      .first()
      .click()
      .catch(() => undefined);
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
    await panel
      .locator('button', { hasText: /markdown/i })
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await download;
    await panel.close();

    // Options and onboarding.
    const options = await openExtensionPage(s, 'options.html');
    await options
      .locator('input[type=checkbox]')
      .first()
      .click()
      .catch(() => undefined);
    await options.close();
    const onboarding = await openExtensionPage(s, 'onboarding.html');
    await onboarding.waitForTimeout(1_000);
    await onboarding.close();
    await page.close();

    const foreign = proxy.seen.filter((line) => !BROWSER_OWN.test(hostOf(line)));
    expect(foreign, 'requests to other hosts through the proxy').toEqual([]);
    const pageUrl = s.url(pagePath);
    const unexpected = contextRequests.filter((r) => r !== `GET ${pageUrl}` && !r.endsWith('/favicon.ico'));
    expect(unexpected, 'requests made by pages, content scripts or workers').toEqual([]);
    expect(s.blocked, 'requests to other hosts stopped in the browser').toEqual([]);
    const ours = s.server.requests.filter(
      (r) => !(r.method === 'GET' && (r.path === pagePath || r.path === '/favicon.ico')),
    );
    expect(ours, 'requests to this machine that the test did not make').toEqual([]);
    expect(s.server.requests.some((r) => r.origin?.startsWith('chrome-extension://'))).toBe(false);
  });
});
