/**
 * Telling the reader's own input from a page's script. A page can dispatch any event it likes at our UI
 * or at the window (`new MouseEvent('click')`, `el.click()`), and such events have `isTrusted` false;
 * nothing that acts for the reader (saving, muting, opening tabs, opening the card) may follow them.
 */

/** Whether the browser made this event from real input, rather than a script dispatching it. */
export function byUser(e: Event): boolean {
  return e.isTrusted;
}

/** The event types our in-page UI acts on, directly or through the browser's default actions. */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'submit',
] as const;

/**
 * Stops untrusted events at `root` in the capture phase, before they reach any handler inside it and
 * before a link or button inside acts on them. Returns the function that removes the guard.
 */
export function dropUntrusted(root: EventTarget): () => void {
  const stop = (e: Event) => {
    if (byUser(e)) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  const capture = { capture: true };
  for (const type of GUARDED) root.addEventListener(type, stop, capture);
  return () => GUARDED.forEach((type) => root.removeEventListener(type, stop, capture));
}
