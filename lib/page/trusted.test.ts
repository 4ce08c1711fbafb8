import { describe, expect, test, vi } from 'vitest';
import { byUser, dropUntrusted } from './trusted';

describe('events from a page script', () => {
  test('an event a script dispatches is not the reader’s', () => {
    expect(byUser(new Event('click'))).toBe(false);
  });

  test('the guard stops untrusted events before handlers inside the root, and can be removed', () => {
    const root = new EventTarget();
    const remove = dropUntrusted(root);
    const inner = vi.fn();
    root.addEventListener('click', inner);
    const e = new Event('click', { cancelable: true });
    root.dispatchEvent(e);
    expect(inner).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(true);
    // Events it does not guard pass.
    const other = vi.fn();
    root.addEventListener('scroll', other);
    root.dispatchEvent(new Event('scroll'));
    expect(other).toHaveBeenCalledOnce();
    remove();
    root.dispatchEvent(new Event('click'));
    expect(inner).toHaveBeenCalledOnce();
  });
});
