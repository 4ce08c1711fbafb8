/**
 * Reaching into our closed shadow root in Firefox. WebDriver BiDi serialises an element's shadow root,
 * closed or open, as a node reference; puppeteer can run functions on it like on any node, while the
 * page's own scripts cannot. Buttons are pressed with real mouse input at their centre.
 */
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';

interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: unknown } };
  realm: unknown;
  constructor: { from(value: unknown, realm: unknown): JSHandle<ShadowRoot> };
}

/** Our UI's shadow root in the page's top document, or null before it exists. */
export async function ourRoot(page: Page): Promise<JSHandle<ShadowRoot> | null> {
  const host = (await page.$('[data-brief-lens=""]')) as (ElementHandle & BidiHandle) | null;
  const shadow = host?.remoteValue().value?.shadowRoot;
  return host && shadow ? host.constructor.from(shadow, host.realm) : null;
}

/** The text of each element matching `selector` in our UI. */
export async function fxUiTexts(page: Page, selector: string): Promise<string[]> {
  const root = await ourRoot(page);
  if (!root) return [];
  return root.evaluate((r, sel) => [...r.querySelectorAll(sel)].map((e) => e.textContent ?? ''), selector);
}

/** Clicks, with the real mouse, the first element matching `selector` whose text matches `hasText`. */
export async function fxClickUi(page: Page, selector: string, hasText: RegExp): Promise<boolean> {
  const root = await ourRoot(page);
  if (!root) return false;
  const box = await root.evaluate(
    (r, sel, src) => {
      const el = [...r.querySelectorAll(sel)].find((e) => new RegExp(src, 'i').test(e.textContent ?? ''));
      const b = el?.getBoundingClientRect();
      return b && b.width > 0 ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null;
    },
    selector,
    hasText.source,
  );
  if (!box) return false;
  await page.mouse.click(box.x, box.y);
  return true;
}
