/**
 * Screenshots of the hover card for the README: an English and a Chinese fixture, light scheme, and
 * the English one in the dark scheme. Writes docs/card-en.png, docs/card-zh.png, docs/card-en-dark.png; checks that each card shows its entry first.
 */
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { uiElements, waitForUi } from './our-ui';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
  mkdirSync('docs', { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

async function shoot(path: string, text: string, entry: string, file: string, page: Page): Promise<void> {
  await page.goto(s.url(path));
  await page.waitForFunction(() => (CSS.highlights.get('brief-lens-term')?.size ?? 0) > 0, null, {
    timeout: 20_000,
  });
  const mark = await page.evaluate((t) => {
    for (const r of CSS.highlights.get('brief-lens-term') ?? []) {
      const range = r as Range;
      // The mark may run on past the term (“揭榜挂帅”机制 is the pack's 揭榜挂帅机制).
      if (!range.toString().startsWith(t)) continue;
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left, top: box.top };
    }
    return null;
  }, text);
  expect(mark, text).not.toBeNull();
  await page.mouse.move(mark!.x, mark!.y);
  await expect
    .poll(async () => (await uiElements(page, '.card'))[0]?.attrs['data-entry'], { timeout: 5000 })
    .toBe(entry);
  await waitForUi(page, '.card blockquote');
  await page.waitForTimeout(200);
  const box = (await waitForUi(page, '.card', { visible: true })).box!;
  const x = Math.max(0, Math.min(box.x, mark!.left) - 24);
  const y = Math.max(0, Math.min(box.y, mark!.top) - 24);
  await page.screenshot({
    path: file,
    clip: {
      x,
      y,
      width: Math.min(1200 - x, box.x + box.width - x + 24),
      height: box.y + box.height - y + 24,
    },
  });
}

test('card screenshots on an English and a Chinese page', async () => {
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await shoot(
    '/pages/en-news.html',
    'new national system',
    'new-whole-of-nation-system',
    'docs/card-en.png',
    page,
  );
  await shoot('/pages/zh-hans-news.html', '揭榜挂帅', 'unveiling-the-list', 'docs/card-zh.png', page);
  await page.close();
  const dark = await s.context.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await shoot(
    '/pages/en-news.html',
    'new national system',
    'new-whole-of-nation-system',
    'docs/card-en-dark.png',
    dark,
  );
  await dark.close();
});
