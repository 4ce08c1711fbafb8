import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HoverModifier } from '../settings/settings';
import { watchHover } from './hover';
import type { Mark } from './mark-index';

// Events made in a test are never trusted; these stand for the reader's input unless marked `fromPage`.
vi.mock('./trusted', () => ({ byUser: (e: Event) => !('fromPage' in e) }));

/** A window stand-in: an event target whose animation frames are 16 ms timers. */
function fakeWindow() {
  const target = new EventTarget() as EventTarget & Window;
  let frames = 0;
  Object.assign(target, {
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      frames++;
      return setTimeout(() => cb(0), 16) as unknown as number;
    },
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  });
  return { win: target, frames: () => frames };
}

const markA = { mention: { entryId: 'a' } } as unknown as Mark;
const markB = { mention: { entryId: 'b' } } as unknown as Mark;

function setup(modifier: HoverModifier = 'none') {
  const { win, frames } = fakeWindow();
  let under: Mark | undefined;
  let inUi = false;
  let hits = 0;
  const onDwell = vi.fn();
  const onLeave = vi.fn();
  const watch = watchHover({
    win,
    hitTest: () => {
      hits++;
      return under;
    },
    inOurUi: () => inUi,
    delayMs: () => 300,
    modifier: () => modifier,
    onDwell,
    onLeave,
    graceMs: 350,
  });
  const move = (
    over: Mark | undefined,
    init: Partial<PointerEventInit> & { fromPage?: true } = {},
    ui = false,
  ) => {
    under = over;
    inUi = ui;
    const e = new Event('pointermove') as Event & Record<string, unknown>;
    Object.assign(e, {
      clientX: 10,
      clientY: 10,
      altKey: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      ...init,
    });
    win.dispatchEvent(e);
  };
  return { watch, move, onDwell, onLeave, frames, hits: () => hits };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchHover', () => {
  test('many moves within a frame are hit-tested once', () => {
    const h = setup();
    for (let i = 0; i < 20; i++) h.move(markA);
    vi.advanceTimersByTime(16);
    expect(h.frames()).toBe(1);
    expect(h.hits()).toBe(1);
    h.watch.stop();
  });

  test('the card opens only after the dwell, and not if the pointer moved off first', () => {
    const h = setup();
    h.move(markA);
    vi.advanceTimersByTime(16 + 200);
    h.move(undefined);
    vi.advanceTimersByTime(500);
    expect(h.onDwell).not.toHaveBeenCalled();
    h.move(markA);
    vi.advanceTimersByTime(16 + 300);
    expect(h.onDwell).toHaveBeenCalledWith(markA);
    h.watch.stop();
  });

  test('leaving closes after the grace period; reaching the card within it keeps it open', () => {
    const h = setup();
    h.move(markA);
    vi.advanceTimersByTime(400);
    h.move(undefined);
    vi.advanceTimersByTime(16 + 200);
    h.move(undefined, {}, true);
    vi.advanceTimersByTime(1000);
    expect(h.onLeave).not.toHaveBeenCalled();
    h.move(undefined);
    vi.advanceTimersByTime(16 + 349);
    expect(h.onLeave).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(h.onLeave).toHaveBeenCalledOnce();
    h.watch.stop();
  });

  test('moving to another mark opens its card after its own dwell', () => {
    const h = setup();
    h.move(markA);
    vi.advanceTimersByTime(400);
    h.move(markB);
    vi.advanceTimersByTime(16 + 300);
    expect(h.onDwell).toHaveBeenLastCalledWith(markB);
    expect(h.onLeave).not.toHaveBeenCalled();
    h.watch.stop();
  });

  test('in modifier mode only a pointer with the key held counts', () => {
    const h = setup('Alt');
    h.move(markA);
    vi.advanceTimersByTime(1000);
    expect(h.onDwell).not.toHaveBeenCalled();
    h.move(markA, { altKey: true });
    vi.advanceTimersByTime(16 + 300);
    expect(h.onDwell).toHaveBeenCalledWith(markA);
    h.watch.stop();
  });

  test("a page's synthetic pointer moves never open the card", () => {
    const h = setup();
    for (let i = 0; i < 5; i++) {
      h.move(markA, { fromPage: true });
      vi.advanceTimersByTime(400);
    }
    expect(h.hits()).toBe(0);
    expect(h.onDwell).not.toHaveBeenCalled();
    h.move(markA);
    vi.advanceTimersByTime(16 + 300);
    expect(h.onDwell).toHaveBeenCalledOnce();
    h.watch.stop();
  });

  test('after forget, resting on the same mark opens the card again', () => {
    const h = setup();
    h.move(markA);
    vi.advanceTimersByTime(400);
    h.watch.forget();
    h.move(markA);
    vi.advanceTimersByTime(16 + 300);
    expect(h.onDwell).toHaveBeenCalledTimes(2);
    h.watch.stop();
  });
});
