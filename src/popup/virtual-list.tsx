// A vertical list that renders only the rows in view (@tanstack/virtual-core), so 10k notes
// or articles cost a screenful of DOM. Rows may differ in height: each is measured once
// drawn. The list scrolls inside its own box (the popup has a fixed height).
import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { elementScroll, measureElement, observeElementOffset, observeElementRect, Virtualizer, type Rect, type VirtualItem } from '@tanstack/virtual-core';

export interface VirtualListProps {
  count: number;
  /** Best guess of a row's height before it is measured. */
  estimate: number;
  /** The box's height in px assumed before it is measured: the list fills what the panel
   *  leaves below the controls (popup.css: the panel turns a flex column). */
  height: number;
  label: string;
  row: (index: number) => ComponentChildren;
  /** Told which rows are drawn, e.g. to fetch their data. */
  onRange?: (start: number, end: number) => void;
  rowKey?: (index: number) => string | number;
  /** Given, holds what brings a row into view (e.g. to focus one not drawn). */
  handle?: { current: VirtualListHandle | null };
}

export interface VirtualListHandle {
  /** Row `index` as drawn, scrolled into the box first if it was not (null if it still is not). */
  showRow(index: number): Promise<HTMLElement | null>;
  /** The list's box (focusable: the fallback when a row cannot be shown). */
  box(): HTMLElement | null;
}

/** How long showRow waits for a row scrolled to to be drawn. */
const SHOW_ROW_MS = 300;
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A hidden panel (display: none) or a DOM without layout (tests) measures 0 × 0: then
 *  assume the box is as tall as asked, so the first rows are drawn and measured later. */
function observeRectOrDefault(height: number) {
  return (instance: Virtualizer<HTMLDivElement, HTMLDivElement>, cb: (rect: Rect) => void) =>
    observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 400, height }));
}

export function VirtualList({ count, estimate, height, label, row, onRange, rowKey, handle }: VirtualListProps): JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    estimateSize: () => estimate,
    getScrollElement: () => scroller.current,
    scrollToFn: elementScroll,
    observeElementRect: observeRectOrDefault(height),
    observeElementOffset,
    // Rows of a hidden panel (or in a DOM without layout) measure 0: keep the estimate, or
    // every row would seem to fit and all would be drawn.
    measureElement: (el: HTMLDivElement, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, HTMLDivElement>) => measureElement(el, entry, v) || estimate,
    initialRect: { width: 400, height },
    overscan: 6,
    getItemKey: rowKey ?? ((i: number) => i),
    onChange: () => redraw(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLDivElement, HTMLDivElement>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });

  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  useLayoutEffect(() => {
    if (!handle) return undefined;
    const drawn = (index: number): HTMLElement | null => scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;
    handle.current = {
      showRow: async (index) => {
        if (!drawn(index)) virtualizer.scrollToIndex(index, { align: 'auto' });
        // The scroll is heard, the range moves and the rows are drawn, within a frame or two.
        const until = performance.now() + SHOW_ROW_MS;
        while (!drawn(index) && performance.now() < until) await nextFrame();
        return drawn(index);
      },
      box: () => scroller.current,
    };
    return () => {
      handle.current = null;
    };
  }, [handle, virtualizer]);

  const items: VirtualItem[] = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useLayoutEffect(() => {
    if (onRange && last >= first) onRange(first, last);
  }, [first, last, onRange]);

  const total = virtualizer.getTotalSize();
  // The drawn rows stack in the normal flow below a spacer, not each placed at its measured
  // offset: a row that grows after it was measured (a name or a passage coming in) pushes
  // the next one down at once, where placed rows overlapped until the ResizeObserver's
  // re-measure a frame later (in Chromium, one drawn frame at least; longer under load,
  // where the accessibility audit could land in it).
  return (
    <div ref={scroller} class="vlist" role="list" aria-label={label} tabIndex={0} style={{ '--rows-height': `${total + 2}px` }}>
      <div style={{ height: `${total}px`, paddingTop: `${items[0]?.start ?? 0}px` }}>
        {items.map((item) => (
          <div
            key={item.key}
            role="listitem"
            // Only a screenful is drawn: say where each row stands in the whole list.
            aria-setsize={count}
            aria-posinset={item.index + 1}
            data-index={item.index}
            ref={(el) => virtualizer.measureElement(el)}
            class="vrow"
          >
            {row(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
