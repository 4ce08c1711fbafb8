/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the
 * built Firefox extension installed as a temporary add-on with a fixed moz-extension UUID, pages served
 * on 127.0.0.1 and every request to any other host refused.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, type TestServer } from './server';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXT_DIR = resolve(process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2');
export const GECKO_ID = 'brief-lens@brief-lens.dev';
export const UUID = '6f1d3c2a-8b4e-4d7a-9c1f-2e5b7a9d0c11';

export interface FirefoxSession {
  browser: Browser;
  server: TestServer;
  url(path: string): string;
  extensionUrl(path: string): string;
  /** Opens an extension page without awaiting navigation (BiDi does not report it) and polls for `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/** Whether Firefox and the Firefox build are present. */
export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX_PATH) && existsSync(`${FIREFOX_EXT_DIR}/manifest.json`);
}

/** Launches headless Firefox with the extension installed. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const server = await startServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Nothing may leave the machine: no proxy auto-detection, no captive portal or telemetry pings,
      // and every host but loopback resolves nowhere.
      'network.proxy.type': 0,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.dns.localDomains': '',
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXT_DIR);
  // A first install opens the onboarding tab; a missing one fails the run rather than being waited out.
  try {
    await poll(
      // Asked of each page: BiDi does not report navigations to extension pages in page.url().
      async () => {
        const hrefs = await Promise.all(
          (await browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '')),
        );
        return hrefs.some((href) => href.endsWith('/onboarding.html'));
      },
      20_000,
      'the onboarding tab on first install',
    );
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    server,
    url: (path) => server.url(path),
    extensionUrl,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      void page.goto(extensionUrl(path)).catch(() => undefined);
      await poll(
        () =>
          page
            .$(ready)
            .then((h) => h !== null)
            .catch(() => false),
        20_000,
        `${path}: ${ready}`,
      );
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Polls `check` until it is true or `timeoutMs` passes. */
export async function poll(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}
