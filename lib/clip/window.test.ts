import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from './window';

describe('rowWindow', () => {
  it('renders the visible rows and the overscan around them', () => {
    expect(rowWindow(10_000, 100, 0, 500, 2)).toEqual({ start: 0, end: 8, offset: 0, total: 1_000_000 });
    expect(rowWindow(10_000, 100, 50_050, 500, 2)).toEqual({
      start: 498,
      end: 508,
      offset: 49_800,
      total: 1_000_000,
    });
    expect(rowWindow(10, 100, 5_000, 500, 2)).toEqual({ start: 8, end: 10, offset: 800, total: 1_000 });
    expect(rowWindow(0, 100, 0, 500)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });

  it('always covers the viewport and stays small (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(20_000),
        fc.integer({ min: 20, max: 300 }),
        fc.nat(3_000_000),
        fc.integer({ min: 0, max: 2000 }),
        (count, rowHeight, scroll, height) => {
          const w = rowWindow(count, rowHeight, scroll, height, 3);
          const top = Math.min(scroll, count * rowHeight);
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(count);
          expect(w.offset).toBeLessThanOrEqual(top);
          expect(
            w.end === count ||
              w.offset + (w.end - w.start) * rowHeight >= Math.min(top + height, count * rowHeight),
          ).toBe(true);
          expect(w.end - w.start).toBeLessThanOrEqual(
            Math.ceil(Math.max(height, rowHeight) / rowHeight) + 1 + 6,
          );
        },
      ),
    );
  });
});
