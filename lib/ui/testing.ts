/** Test support for the page components: mount into happy-dom and wait for async renders to settle. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  unmount(): void;
}

/** Renders a tree into a fresh element in the document. */
export function mount(tree: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  void act(() => render(tree, root));
  return {
    root,
    unmount: () => {
      void act(() => render(null, root));
      root.remove();
    },
  };
}

/** Polls until `check` returns (or resolves to) a value (not null/undefined/false) or throws after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 3000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    let value: T | null | undefined | false = null;
    let error: unknown;
    try {
      value = await check();
    } catch (e) {
      error = e;
    }
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw error instanceof Error ? error : new Error('waitFor timed out');
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

/** Clicks an element inside act(), so Preact flushes the resulting render. */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  void act(() => {
    (el as HTMLElement).click();
  });
}

/** Types a value into an input, firing the input event Preact listens to. */
export function type(input: HTMLInputElement, value: string): void {
  void act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Presses a key on an element. */
export function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
  void act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}
