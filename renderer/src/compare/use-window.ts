/**
 * Hook: which rows of a long list to render. Rows have measured heights
 * (estimated until seen); only the rows in and near the viewport are
 * rendered, with spacers above and below keeping the scroll height true.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The slice to render and the spacer sizes around it. */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
  readonly before: number;
  readonly after: number;
  /** records a rendered row's height */
  readonly measure: (index: number, height: number) => void;
  /** top offset of a row inside the list */
  readonly offsetOf: (index: number) => number;
}

const overscanPx = 800;

/** Windowing over `count` rows inside the scroll container `scroller`; `enabled: false` renders everything. */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, estimate: number, enabled: boolean): RowWindow {
  const heights = useRef<number[]>([]);
  const [, setVersion] = useState(0);
  const [view, setView] = useState({ top: 0, height: 800 });
  if (heights.current.length !== count) heights.current = Array.from({ length: count }, (_, i) => heights.current[i] ?? estimate);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !enabled) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ top: el.scrollTop, height: el.clientHeight }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [scroller, enabled]);

  const pending = useRef(false);
  const measure = useCallback((index: number, height: number) => {
    if (Math.abs((heights.current[index] ?? 0) - height) < 1) return;
    heights.current[index] = height;
    if (!pending.current) {
      pending.current = true;
      requestAnimationFrame(() => {
        pending.current = false;
        setVersion((v) => v + 1);
      });
    }
  }, []);

  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + heights.current[i];
  const offsetOf = (index: number) => offsets[Math.max(0, Math.min(index, count))];
  if (!enabled) return { first: 0, last: count - 1, before: 0, after: 0, measure, offsetOf };

  const lowest = Math.max(0, view.top - overscanPx);
  const highest = view.top + view.height + overscanPx;
  let first = 0;
  while (first < count - 1 && offsets[first + 1] < lowest) first++;
  let last = first;
  while (last < count - 1 && offsets[last + 1] < highest) last++;
  return { first, last, before: offsets[first], after: offsets[count] - offsets[last + 1], measure, offsetOf };
}
