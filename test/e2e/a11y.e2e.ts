import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROME_ARGS,
  CHROME_PATH,
  EXT_DIR,
  launchExtension,
  openExtensionPage,
  type ExtensionSession,
} from './harness';
import { openMarkedFixture, waitForPack } from './ui-helpers';
import { loadPack } from '../../data/index';

const pack = loadPack();
const jbgs = pack.entries.find((e) => e.zh?.hans === '揭榜挂帅')!;

/** Serious and critical violations, as `rule: target, target` lines for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  // A run that checked nothing would pass vacuously.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of the extension pages (axe-core)', () => {
  let s: ExtensionSession;
  let tabId: number;
  beforeAll(async () => {
    s = await launchExtension();
    const first = await openExtensionPage(s, 'options.html');
    await waitForPack(first);
    await first.close();
    ({ tabId } = await openMarkedFixture(s, 'ui/long-article.html', 3));
  });
  afterAll(async () => {
    await s?.close();
  });

  const views: [string, string, string, (p: Page) => Promise<void>][] = [
    [
      'popup',
      'popup.html?tab=TAB',
      'li[data-entry-id]',
      (p) => p.locator('button.mention-toggle').first().click(),
    ],
    ['side panel: page', 'sidepanel.html?tab=TAB', 'li[data-entry-id]', async () => {}],
    [
      'side panel: search',
      'sidepanel.html',
      'input[type=search]',
      async (p) => {
        await p.locator('input[type=search]').fill('innovation');
        await p.locator('[role=option]').first().waitFor();
        await p.locator('input[type=search]').press('ArrowDown');
      },
    ],
    ['side panel: entry', `sidepanel.html?tab=TAB#entry/${jbgs.id}`, 'article.entry', async () => {}],
    [
      'side panel: reader',
      `sidepanel.html#para/${pack.paragraphs[3]!.id}`,
      '.reader',
      (p) => p.locator('.endnote-marker').first().click(),
    ],
    ['side panel: clippings', 'sidepanel.html#clippings', 'main > *', async () => {}],
    ['options', 'options.html', 'fieldset', async () => {}],
    ['onboarding', 'onboarding.html', '#app > *', async () => {}],
  ];

  for (const scheme of ['light', 'dark'] as const) {
    test.each(views)(
      `%s (${scheme}) has no serious or critical violations`,
      async (_name, path, ready, act) => {
        const page = await s.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(s.extensionUrl(path.replace('TAB', String(tabId))));
        await page.waitForSelector(ready, { timeout: 15_000 });
        await act(page);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      },
    );
  }

  test('the side panel is usable from the keyboard with a visible focus ring', async () => {
    const page = await openExtensionPage(s, `sidepanel.html?tab=${tabId}`, 'li[data-entry-id]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('input[type=search]'))).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // Onwards through the navigation to the first mention, and open it with the keyboard.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('mention-toggle'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mention-toggle'))).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await page.close();
  });

  test('the interface speaks simplified Chinese in a Chinese browser, tagged zh-Hans', async () => {
    // browser.i18n follows Chromium's interface language, which the --lang switch sets; the harness's
    // locale option only sets Accept-Language, so this spec launches its own browser.
    const dir = mkdtempSync(join(tmpdir(), 'brief-lens-zh-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROME_PATH,
      headless: true,
      locale: 'zh-CN',
      env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
      args: [
        ...CHROME_ARGS,
        '--lang=zh-CN',
        `--disable-extensions-except=${EXT_DIR}`,
        `--load-extension=${EXT_DIR}`,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const zh = { close: async () => (await context.close(), rmSync(dir, { recursive: true, force: true })) };
    try {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      await page.waitForSelector('fieldset');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
      expect(await page.locator('h1').textContent()).toBe('Brief Lens 设置');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await zh.close();
    }
  });
});
