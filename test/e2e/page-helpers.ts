/** Reading and driving the page as the reader does: marks, where a phrase sits, commands to the tab. */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { waitForUi } from './our-ui';

/** How many ranges a highlight holds. */
export const markCount = (page: Page, name = 'brief-lens-term'): Promise<number> =>
  page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

/** Waits until a highlight holds at least `min` ranges (exactly `min` with `exact`); returns how many. */
export async function waitForMarks(
  page: Page,
  min: number,
  name = 'brief-lens-term',
  exact = false,
): Promise<number> {
  await page.waitForFunction(
    ([n, m, e]) => {
      const size = CSS.highlights.get(n)?.size ?? 0;
      return e ? size === m : size >= m;
    },
    [name, min, exact] as const,
    { timeout: 20_000, polling: 100 },
  );
  return markCount(page, name);
}

/** The centre of the first line box of the mark whose text is `text`, scrolled into view. */
export async function markPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((t) => {
    for (const name of ['brief-lens-term', 'brief-lens-document']) {
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = r as Range;
        if (range.toString() !== t) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no mark on "${text}"`);
  return point;
}

/** Rests the pointer on a marked phrase until its card opens. */
export async function hoverMark(page: Page, text: string): Promise<void> {
  const p = await markPoint(page, text);
  await page.mouse.move(p.x - 30, p.y - 30);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await waitForUi(page, '.card');
}

/** Selects the whole text of the first paragraph containing `needle`. */
export async function selectParagraph(page: Page, needle: string): Promise<string> {
  return page.evaluate((n) => {
    const p = Array.from(document.querySelectorAll('p')).find((el) => el.textContent.includes(n));
    if (!p) throw new Error(`no paragraph with ${n}`);
    const range = document.createRange();
    range.selectNodeContents(p);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  }, needle);
}

/**
 * The id of the tab showing `page`, as the background sees it. Without the tabs permission tab
 * addresses are hidden, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Sends a command to the tab's top frame as the background does for a keyboard shortcut. */
export async function sendCommand(worker: Worker, tabId: number, name: string): Promise<void> {
  await worker.evaluate(
    ([id, n]) => chrome.tabs.sendMessage(id, { type: 'command', payload: { name: n } }, { frameId: 0 }),
    [tabId, name] as const,
  );
}

/** Waits until a new profile's background has seeded the pack and the pattern table: a fixture gets marks. */
export async function waitUntilSeeded(s: ExtensionSession): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(s.url('/pages/en-news.html'));
  await waitForMarks(page, 1);
  await page.close();
}
