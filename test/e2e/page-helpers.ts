/** Reading the page as the reader sees it: how many marks, and where a marked phrase sits. */
import type { Page } from 'playwright-core';

/** Waits until a highlight holds at least `min` ranges; returns how many it holds. */
export async function waitForMarks(page: Page, min: number, name = 'brief-lens-term'): Promise<number> {
  await page.waitForFunction(([n, m]) => (CSS.highlights.get(n)?.size ?? 0) >= m, [name, min] as const, {
    timeout: 20_000,
    polling: 100,
  });
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
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
  await page.locator('[data-brief-lens] .card').first().waitFor({ timeout: 10_000 });
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
