/** Which rows of a long list of equal-height rows to render for a scroll position. */

export interface RowWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Pixels above the first rendered row. */
  offset: number;
  /** Pixels of the whole list. */
  total: number;
}

/**
 * The rows visible in a viewport of `height` pixels scrolled to `scrollTop`, plus `overscan` rows
 * each side so fast scrolling does not show blank space before the next render.
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
  overscan = 4,
): RowWindow {
  const total = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0, total: 0 };
  const top = Math.max(0, Math.min(scrollTop, total));
  const first = Math.floor(top / rowHeight);
  const visible = Math.ceil(Math.max(height, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, offset: start * rowHeight, total };
}
