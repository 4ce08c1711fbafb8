/**
 * The page-wide pointer listener: one passive `pointermove` on the window, handled at most once per
 * animation frame. A mark must hold the pointer for a dwell (with the modifier key held, in modifier
 * mode) before its card opens; leaving starts a grace period so the pointer can travel into the card,
 * and being in the card keeps it open.
 */
import type { HoverModifier } from '../settings/settings';
import type { Mark } from './mark-index';
import { byUser } from './trusted';

export interface HoverOptions {
  win: Window;
  hitTest(x: number, y: number): Mark | undefined;
  /** Whether an event happened inside our own UI (the card). */
  inOurUi(event: Event): boolean;
  delayMs(): number;
  modifier(): HoverModifier;
  /** The pointer rested on a mark long enough. */
  onDwell(mark: Mark): void;
  /** The pointer left the shown mark and the card, and stayed away for the grace period. */
  onLeave(): void;
  /** The mark under the pointer changed (for the hover-only mark style). */
  onPointerMark?(mark: Mark | undefined): void;
  graceMs?: number;
}

const MOD_KEYS: Record<Exclude<HoverModifier, 'none'>, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'> = {
  Alt: 'altKey',
  Shift: 'shiftKey',
  Control: 'ctrlKey',
  Meta: 'metaKey',
};

export interface HoverWatch {
  stop(): void;
  /** The card was closed by other means (Esc, a command): the next rest on any mark opens it again. */
  forget(): void;
}

/** Starts watching the pointer. */
export function watchHover(o: HoverOptions): HoverWatch {
  const grace = o.graceMs ?? 350;
  let last: { x: number; y: number; mod: boolean; inUi: boolean } | null = null;
  let frame = 0;
  /** What the pointer was last over: a mark, our UI, or nothing. */
  let candidate: Mark | 'ui' | undefined;
  let shown: Mark | undefined;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let leave: ReturnType<typeof setTimeout> | undefined;

  const modHeld = (e: MouseEvent | KeyboardEvent) => {
    const m = o.modifier();
    return m === 'none' || e[MOD_KEYS[m]];
  };
  const startLeave = () => {
    leave ??= setTimeout(() => {
      leave = undefined;
      shown = undefined;
      o.onLeave();
    }, grace);
  };
  const cancelLeave = () => {
    clearTimeout(leave);
    leave = undefined;
  };

  const process = () => {
    frame = 0;
    if (!last) return;
    if (last.inUi) {
      candidate = 'ui';
      clearTimeout(dwell);
      cancelLeave();
      return;
    }
    const mark = last.mod ? o.hitTest(last.x, last.y) : undefined;
    if (mark === candidate) return;
    candidate = mark;
    o.onPointerMark?.(mark);
    clearTimeout(dwell);
    if (mark && mark === shown) return cancelLeave();
    if (shown) startLeave();
    if (mark) {
      dwell = setTimeout(() => {
        cancelLeave();
        shown = mark;
        o.onDwell(mark);
      }, o.delayMs());
    }
  };

  const schedule = () => {
    frame ||= o.win.requestAnimationFrame(process);
  };
  // Only the reader's own pointer and keys count: a page's synthetic events must not open the card.
  const onMove = (e: PointerEvent) => {
    if (!byUser(e)) return;
    last = { x: e.clientX, y: e.clientY, mod: modHeld(e), inUi: o.inOurUi(e) };
    schedule();
  };
  const onKey = (e: KeyboardEvent) => {
    // Pressing the modifier while the pointer rests on a mark counts, as does releasing it.
    if (!byUser(e)) return;
    if (last && o.modifier() !== 'none' && e.key === o.modifier()) {
      last = { ...last, mod: e.type === 'keydown' };
      schedule();
    }
  };
  const onOut = (e: PointerEvent) => {
    if (byUser(e) && e.relatedTarget === null) {
      last = { x: -1, y: -1, mod: false, inUi: false };
      schedule();
    }
  };
  const opts = { capture: true, passive: true };
  o.win.addEventListener('pointermove', onMove, opts);
  o.win.addEventListener('pointerout', onOut, opts);
  o.win.addEventListener('keydown', onKey, opts);
  o.win.addEventListener('keyup', onKey, opts);
  const stop = () => {
    o.win.removeEventListener('pointermove', onMove, opts);
    o.win.removeEventListener('pointerout', onOut, opts);
    o.win.removeEventListener('keydown', onKey, opts);
    o.win.removeEventListener('keyup', onKey, opts);
    if (frame) o.win.cancelAnimationFrame(frame);
    clearTimeout(dwell);
    cancelLeave();
  };
  const forget = () => {
    clearTimeout(dwell);
    cancelLeave();
    shown = candidate = undefined;
  };
  return { stop, forget };
}
