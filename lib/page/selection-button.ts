/**
 * The small *Save clipping* button beside a selection. It appears when a mouse or keyboard selection
 * ends inside the scanned root, disappears when the selection goes or the page scrolls, and reports
 * the outcome of saving in place.
 */
import type { SaveResult } from '../messaging/protocol';
import { byUser } from './trusted';
import type { UiHost } from './ui-host';

export interface SelectionButtonOptions {
  root: Node;
  ui: () => UiHost;
  enabled: () => boolean;
  save: (range: Range) => Promise<SaveResult>;
}

/** The selected range inside `root`, if there is a non-empty one. */
export function selectedRange(doc: Document, root: Node): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) || range.toString().trim() === '') return null;
  return range;
}

/** Starts offering the button; returns the function that stops. */
export function watchSelection(o: SelectionButtonOptions): () => void {
  const doc = o.root.ownerDocument ?? (o.root as Document);
  const win = doc.defaultView!;
  let button: HTMLButtonElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    button?.remove();
    button = null;
  };
  const show = (range: Range) => {
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    const ui = o.ui();
    button ??= ui.shadow.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'sel';
    button.textContent = 'Save clipping';
    const x = Math.min(Math.max(4, last.right + 4), win.innerWidth - 120);
    const y = Math.min(Math.max(4, last.bottom + 4), win.innerHeight - 32);
    button.style.cssText = `left:${Math.round(x)}px;top:${Math.round(y)}px`;
    // Pressing the button must not clear the selection it is about to save.
    button.onmousedown = (e) => e.preventDefault();
    button.onclick = (e) => {
      const b = button;
      // Only the reader's own click saves: a page's script must not store a quote of its choosing.
      if (!b || !byUser(e)) return;
      b.textContent = 'Saving…';
      void o.save(range).then(
        (r) => (b.textContent = r.ok ? 'Clipping saved' : `Not saved: ${r.error}`),
        (e: unknown) => (b.textContent = `Not saved: ${String(e)}`),
      );
      setTimeout(() => b === button && hide(), 2500);
    };
    if (!button.isConnected) ui.selectionSlot.append(button);
  };
  const check = (e: Event) => {
    // A selection a page's script made and announced with a synthetic mouseup gets no button.
    if (!byUser(e)) return;
    if (button && e.composedPath().includes(o.ui().host)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const range = o.enabled() ? selectedRange(doc, o.root) : null;
      if (range) show(range);
      else hide();
    }, 10);
  };
  const onScroll = () => hide();
  win.addEventListener('mouseup', check, true);
  win.addEventListener('keyup', check, true);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => {
    win.removeEventListener('mouseup', check, true);
    win.removeEventListener('keyup', check, true);
    win.removeEventListener('scroll', onScroll, true);
    clearTimeout(timer);
    hide();
  };
}
