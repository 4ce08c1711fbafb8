import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { rowWindow } from '../../lib/clip/window';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  label: string;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChild;
  /** Viewport height to assume before the element has been measured (and in tests without layout). */
  fallbackHeight?: number;
}

/** A scrolling list that renders only the rows in view, so 10,000 rows scroll smoothly. */
export function VirtualList<T>({
  items,
  rowHeight,
  label,
  keyOf,
  renderRow,
  fallbackHeight = 600,
}: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || fallbackHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallbackHeight]);

  const w = rowWindow(items.length, rowHeight, scrollTop, height);
  return (
    <div
      ref={ref}
      class="clip-viewport"
      role="list"
      aria-label={label}
      // Focusable so keyboard users can scroll it with the arrow and page keys.
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: `${w.total}px`, position: 'relative' }}>
        {items.slice(w.start, w.end).map((item, i) => (
          <div
            key={keyOf(item)}
            role="listitem"
            aria-posinset={w.start + i + 1}
            aria-setsize={items.length}
            class="clip-row"
            style={{
              position: 'absolute',
              top: `${(w.start + i) * rowHeight}px`,
              height: `${rowHeight}px`,
              left: 0,
              right: 0,
            }}
          >
            {renderRow(item, w.start + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
