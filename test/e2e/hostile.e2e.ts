/**
 * A hostile page against Brief Lens, in real Chromium: its own script fires synthetic selection,
 * pointer, keyboard and click events at our marks and UI; a page on another site declares a clipped
 * page as its canonical address; a page probes our resources; and the stored pattern table is damaged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchExtension, type ExtensionSession } from './harness';
import { clickUi, uiCount, uiElements, uiEvaluate, waitForUi } from './our-ui';
import { hoverMark, markCount, selectParagraph, waitForMarks, waitUntilSeeded } from './page-helpers';
import { openTab } from './ui-helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
  await waitUntilSeeded(s);
}, 120_000);

afterAll(async () => {
  await s?.close();
});

/** What a page could change for the reader: the stored settings, the clippings, the open tabs. */
async function readerState() {
  return s.worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { settings } = await chrome.storage.local.get('settings');
    const tabs = (await chrome.tabs.query({})).length;
    const open = indexedDB.open('brief-lens');
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const req = db.transaction('clippings').objectStore('clippings').count();
    const clippings = await new Promise<number>((ok) => (req.onsuccess = () => ok(req.result)));
    db.close();
    return { settings: JSON.stringify(settings ?? null), tabs, clippings };
  });
}

describe("a page's own script cannot act for the reader", () => {
  test('synthetic selection, pointer, key and click events save nothing, change nothing, open nothing', async () => {
    const { page } = await openTab(s, s.url('/hostile/acts-for-reader.html'));
    const errors = collectErrors(page);
    await waitForMarks(page, 2);
    const before = await readerState();
    const report = await page.evaluate(() => (window as any).attack());
    // The attack found our marks (the highlight registry is shared by design) and aimed at them.
    expect(report.marksSeen).toBeGreaterThanOrEqual(2);
    expect(report.clicks).toBeGreaterThan(100);
    // Our UI never opened for it, and its root, if one exists, is closed to the page.
    expect(report.openRoots).toBe(0);
    expect(await uiCount(page, '.card')).toBe(0);
    expect(await uiCount(page, 'button.sel')).toBe(0);
    expect(await readerState()).toEqual(before);
    expect(errors).toEqual([]);

    // The same marks respond to the reader's own pointer: the page's events were aimed right.
    await hoverMark(page, '揭榜挂帅');
    await waitForUi(page, '.card .actions button', { hasText: 'Mute this term' });
    await page.close();
  });

  test('clicks a script makes on the card and the selection button do nothing', async () => {
    const { page } = await openTab(s, s.url('/hostile/acts-for-reader.html?clicks'));
    await waitForMarks(page, 2);
    const before = await readerState();
    await hoverMark(page, '揭榜挂帅');
    await waitForUi(page, '.card .chip');
    // A script holding our buttons (as any script could while the root was open) clicks every one,
    // including Mute, Save and the related entries that open the side panel.
    const pressed = await uiEvaluate<number>(
      page,
      '.card',
      `function () {
        const buttons = [...this.querySelectorAll('button, a')];
        for (const b of buttons) for (let i = 0; i < 3; i++) b.click();
        for (const b of buttons) b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        return buttons.length;
      }`,
    );
    expect(pressed).toBeGreaterThanOrEqual(4);
    // The reader's own selection gets the button; the script's click on it saves nothing.
    await selectParagraph(page, 'innovation consortia');
    await page.mouse.up();
    await waitForUi(page, 'button.sel', { visible: true });
    await uiEvaluate(page, 'button.sel', 'function () { this.click(); this.click(); }');
    expect((await uiElements(page, 'button.sel'))[0]?.text).toBe('Save clipping');
    await page.waitForTimeout(500);
    expect(await readerState()).toEqual(before);
    await page.close();
  });
});

describe('a page on another site', () => {
  const story = readFileSync(join(__dirname, '../fixtures/pages/en-news.html'), 'utf8');
  /** Serves the clipped story's text at `url`, declaring `canonical` as its address. */
  async function lookalike(url: string, canonical: string): Promise<Page> {
    const page = await s.context.newPage();
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: story.replace('<head>', `<head><link rel="canonical" href="${canonical}">`),
      }),
    );
    await page.goto(url);
    return page;
  }
  /** The page's summary once its clippings were looked up. */
  async function clippingsOf(page: Page): Promise<{ marked: number }> {
    await page.bringToFront();
    let summary: any;
    await expect
      .poll(
        async () => {
          summary = await s.worker.evaluate(async () => {
            const chrome = (globalThis as any).chrome;
            const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
            return chrome.tabs.sendMessage(tab.id, { type: 'getPageSummary', payload: {} }, { frameId: 0 });
          });
          return summary?.clippings !== undefined;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    return summary.clippings;
  }

  test('declaring a clipped page as canonical shows it no clipping', async () => {
    const clipped = s.url('/pages/en-news.html?clipped');
    const page = await s.context.newPage();
    await page.goto(clipped);
    await waitForMarks(page, 3);
    await selectParagraph(page, 'innovation consortia');
    await page.mouse.up();
    await clickUi(page, 'button.sel');
    await waitForMarks(page, 1, 'brief-lens-clipping');
    await page.close();

    const port = new URL(clipped).port;
    const foreign = await lookalike(`http://localhost:${port}/elsewhere/story.html`, clipped);
    await waitForMarks(foreign, 3);
    expect((await clippingsOf(foreign)).marked).toBe(0);
    expect(await markCount(foreign, 'brief-lens-clipping')).toBe(0);
    await foreign.close();

    // The same page on the clipped page's own site may name it as canonical (a print or AMP view).
    const sameSite = await lookalike(s.url('/elsewhere/story.html'), clipped);
    await waitForMarks(sameSite, 3);
    expect((await clippingsOf(sameSite)).marked).toBe(1);
    await sameSite.close();
  });
});

describe('our resources and stored data', () => {
  test('a page cannot fetch our files, and the card still loads', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('/pages/en-news.html?probe'));
    await waitForMarks(page, 3);
    const fetched = await page.evaluate(
      async (urls) => {
        const out: string[] = [];
        for (const u of urls) {
          try {
            const r = await fetch(u);
            out.push(`${u} ${r.status}`);
          } catch {
            out.push('refused');
          }
        }
        return out;
      },
      [s.extensionUrl('page-ui.js'), s.extensionUrl('manifest.json'), s.extensionUrl('icon/16.png')],
    );
    expect(fetched).toEqual(['refused', 'refused', 'refused']);
    await hoverMark(page, 'new national system');
    await waitForUi(page, '.card h2');
    await page.close();
  });

  test('a damaged stored table is rebuilt and the marks return, on open pages and new ones', async () => {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(s.url('/pages/en-news.html?damaged'));
    const marks = await waitForMarks(page, 3);
    const sound = await s.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const { patternTable } = await chrome.storage.local.get('patternTable');
      const damaged = { ...patternTable, patterns: { ...patternTable.patterns, rows: 'garbage' } };
      await chrome.storage.local.set({ patternTable: damaged });
      return JSON.stringify(patternTable);
    });
    const stored = () =>
      s.worker.evaluate(async () =>
        JSON.stringify((await (globalThis as any).chrome.storage.local.get('patternTable')).patternTable),
      );
    await expect.poll(stored, { timeout: 15_000 }).toBe(sound);
    expect(await waitForMarks(page, marks, 'brief-lens-term', true)).toBe(marks);
    // A table damaged while no page was open is caught by the next page to read it.
    await s.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      await chrome.storage.local.set({ patternTable: { version: 'x', entries: 'nothing' } });
    });
    await page.close();
    const next = await s.context.newPage();
    const nextErrors = collectErrors(next);
    await next.goto(s.url('/pages/en-news.html?after-damage'));
    expect(await waitForMarks(next, marks, 'brief-lens-term', true)).toBe(marks);
    expect(await stored()).toBe(sound);
    expect([...errors, ...nextErrors]).toEqual([]);
    await next.close();
  });
});
