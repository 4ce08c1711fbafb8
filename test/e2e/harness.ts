/**
 * End-to-end harness: a real Chromium with the built extension loaded, pages served on 127.0.0.1, and
 * every request to any other host aborted.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type TestServer } from './server';

export const EXT_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: TestServer;
  userDataDir: string;
  /** Requests to other hosts that were aborted, for tests that prove nothing leaves the machine. */
  blocked: string[];
  url(path: string): string;
  extensionUrl(path: string): string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Whether a request may go ahead: this machine and the extension's own pages only. */
export function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return true;
    if (u.protocol === 'about:' || u.protocol === 'chrome:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/** Launches Chromium with the extension; reuses `userDataDir` when given (for restart tests). */
export async function launchExtension(
  options: { userDataDir?: string; server?: TestServer; locale?: string; args?: string[] } = {},
): Promise<ExtensionSession> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROME_PATH}. Install it (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}. Run npm run build first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'brief-lens-profile-'));
  const server = options.server ?? (await startServer());
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    locale: options.locale ?? 'en-US',
    args: [
      ...CHROME_ARGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
    ],
    viewport: { width: 1200, height: 800 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  if (!options.userDataDir) {
    // A new profile is a first install: the onboarding tab opens by itself. Wait for it, so that tests
    // never race it for the active tab or mistake it for a tab of their own.
    const isOnboarding = (p: Page) => p.url().endsWith('/onboarding.html');
    // A missing onboarding tab is a failure of the install flow, not something to wait out.
    if (!context.pages().some(isOnboarding)) {
      await context.waitForEvent('page', { predicate: isOnboarding, timeout: 15_000 }).catch(async () => {
        await context.close();
        throw new Error('the onboarding tab did not open on first install');
      });
    }
  }
  return {
    context,
    extensionId,
    worker,
    server,
    userDataDir,
    blocked,
    url: (path) => server.url(path),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!options.server) await server.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page and waits until its app has rendered something. */
export async function openExtensionPage(
  s: ExtensionSession,
  path: string,
  ready = '#app > *',
): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.extensionUrl(path));
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

/** Collects errors thrown in a page, including uncaught ones from content scripts reported to the console. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && /brief.?lens/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}
