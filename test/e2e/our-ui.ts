/**
 * Reaching into our in-page UI, whose shadow root is closed: the page's own scripts (and so
 * `page.evaluate` and Playwright's locators) cannot see inside it. DevTools can: `DOM.getDocument` with
 * `pierce: true` lists closed shadow roots, and `DOM.querySelectorAll` and `DOM.getBoxModel` work in
 * them. Buttons are pressed with real mouse events at their centre, as the reader presses them, since
 * our UI ignores events a script dispatches.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** One element inside our UI: its text, some attributes, and its box on the screen (null if not rendered). */
export interface UiElement {
  text: string;
  attrs: Record<string, string>;
  box: { x: number; y: number; width: number; height: number } | null;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The shadow roots of every `[data-brief-lens]` host in the page's top document. */
function ourRoots(node: DomNode, out: number[] = []): number[] {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) {
    if (attrs[i] === 'data-brief-lens') for (const r of node.shadowRoots ?? []) out.push(r.nodeId);
  }
  for (const child of node.children ?? []) ourRoots(child, out);
  return out;
}

/** The elements matching `selector` inside our UI, in document order. */
export async function uiElements(page: Page, selector: string): Promise<UiElement[]> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: UiElement[] = [];
  for (const rootId of ourRoots(root)) {
    const { nodeIds } = await s.send('DOM.querySelectorAll', { nodeId: rootId, selector });
    for (const nodeId of nodeIds) {
      const { object } = await s.send('DOM.resolveNode', { nodeId });
      const { result } = await s.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration:
          'function () { const a = {}; for (const x of this.attributes) a[x.name] = x.value; return { text: this.textContent, attrs: a }; }',
        returnByValue: true,
      });
      await s.send('Runtime.releaseObject', { objectId: object.objectId! });
      const value = result.value as { text: string; attrs: Record<string, string> };
      let box: UiElement['box'] = null;
      try {
        const { model } = await s.send('DOM.getBoxModel', { nodeId });
        const q = model.border;
        const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
        const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
        box = {
          x: Math.min(...xs),
          y: Math.min(...ys),
          width: Math.max(...xs) - Math.min(...xs),
          height: Math.max(...ys) - Math.min(...ys),
        };
      } catch {
        // Not rendered (display: none, or detached meanwhile).
      }
      out.push({ ...value, box });
    }
  }
  return out;
}

/** The matches of `selector` whose text matches `hasText` (all of them without it). */
async function matching(page: Page, selector: string, hasText?: RegExp | string): Promise<UiElement[]> {
  const all = await uiElements(page, selector);
  if (hasText === undefined) return all;
  return all.filter((e) => (typeof hasText === 'string' ? e.text.includes(hasText) : hasText.test(e.text)));
}

/** Waits until an element matching `selector` (and `hasText`) is in our UI; returns the first. */
export async function waitForUi(
  page: Page,
  selector: string,
  options: { hasText?: RegExp | string; timeout?: number; visible?: boolean } = {},
): Promise<UiElement> {
  const until = Date.now() + (options.timeout ?? 10_000);
  for (;;) {
    const found = (await matching(page, selector, options.hasText)).find(
      (e) => !options.visible || (e.box !== null && e.box.width > 0 && e.box.height > 0),
    );
    if (found) return found;
    if (Date.now() > until) throw new Error(`nothing matching ${selector} in our UI`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How many elements match `selector` (and `hasText`) in our UI now. */
export async function uiCount(page: Page, selector: string, hasText?: RegExp | string): Promise<number> {
  return (await matching(page, selector, hasText)).length;
}

/** The text of the first element matching `selector` in our UI, or null. */
export async function uiText(page: Page, selector: string): Promise<string | null> {
  return (await uiElements(page, selector))[0]?.text ?? null;
}

/** Presses the first visible element matching `selector` (and `hasText`) with a real mouse click. */
export async function clickUi(
  page: Page,
  selector: string,
  options: { hasText?: RegExp | string; timeout?: number } = {},
): Promise<void> {
  const el = await waitForUi(page, selector, { ...options, visible: true });
  const b = el.box!;
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

/** Waits until nothing matches `selector` in our UI. */
export async function waitForNoUi(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await uiCount(page, selector)) > 0) {
    if (Date.now() > until) throw new Error(`${selector} still in our UI`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs a function (`function () { … }`, `this` the element) on the first match of `selector`. */
export async function uiEvaluate<T>(page: Page, selector: string, functionDeclaration: string): Promise<T> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  for (const rootId of ourRoots(root)) {
    const { nodeId } = await s.send('DOM.querySelector', { nodeId: rootId, selector });
    if (!nodeId) continue;
    const { object } = await s.send('DOM.resolveNode', { nodeId });
    const { result } = await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      returnByValue: true,
    });
    return result.value as T;
  }
  throw new Error(`nothing matching ${selector} in our UI`);
}

/**
 * A copy of our UI's current markup in an open shadow root of a new element, with the same styles, for
 * checks (axe-core) that cannot enter a closed root. Returns the copy's selector; `remove` takes it away.
 */
export async function openCopyOfUi(
  page: Page,
  baseCss: string,
): Promise<{ selector: string; remove(): Promise<void> }> {
  const html = await uiEvaluate<string>(page, '.bl', 'function () { return this.outerHTML; }');
  const styles = await uiEvaluate<string>(
    page,
    'style[data-card]',
    'function () { return this.textContent; }',
  ).catch(() => '');
  await page.evaluate(
    ([markup, css]) => {
      const host = document.createElement('div');
      host.id = 'brief-lens-copy';
      host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${css}</style>${markup}`;
      document.documentElement.append(host);
    },
    [html, `${baseCss}\n${styles}`] as const,
  );
  return {
    selector: '#brief-lens-copy',
    remove: () => page.evaluate(() => document.getElementById('brief-lens-copy')?.remove()),
  };
}
