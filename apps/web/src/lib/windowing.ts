/**
 * Windowing (虚拟滚动) without a library: of a long list of equal-size items inside a scrolling
 * box, render only those in view (plus a few either side) and stand spacers in for the rest.
 */
import { type RefObject, useEffect, useState } from 'react';

/** Which items to render, and how much room the ones before and after them take. */
export interface WindowRange {
  start: number;
  /** One past the last item to render. */
  end: number;
  before: number;
  after: number;
}

/** One axis of a scrolling box: item count and size, where the items begin, what is in view. */
export interface AxisInput {
  count: number;
  /** Size of one item in pixels. */
  size: number;
  /** Pixels before the first item inside the scrolling box (a sticky header or first column). */
  offset?: number;
  /** Scroll position and visible size of the box along this axis. */
  scroll: number;
  viewport: number;
  /** Items to render beyond each edge. */
  overscan?: number;
}

/**
 * The items in view along one axis.
 *
 * @example
 * windowRange({ count: 10_000, size: 32, scroll: 3200, viewport: 640, overscan: 5 });
 * //=> { start: 95, end: 125, before: 3040, after: 316000 }
 */
export function windowRange(input: AxisInput): WindowRange {
  const { count, size } = input;
  if (count <= 0 || size <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const overscan = input.overscan ?? 5;
  const top = Math.max(0, input.scroll - (input.offset ?? 0));
  const viewport = Math.max(input.viewport, size);
  const first = Math.min(count - 1, Math.floor(top / size));
  const last = Math.min(count, Math.ceil((top + viewport) / size));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  return { start, end, before: start * size, after: (count - end) * size };
}

/** The scroll position and size of a box, kept up to date (at most once a frame). */
export interface ScrollBox {
  top: number;
  left: number;
  height: number;
  width: number;
}

/**
 * Follow a scrolling element's position and size. `fallback` is used before the element is
 * measured (first render, or a test without layout).
 */
export function useScrollBox(
  ref: RefObject<HTMLElement | null>,
  fallback: { height: number; width: number },
): ScrollBox {
  const [box, setBox] = useState<ScrollBox>({ top: 0, left: 0, ...fallback });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const next = {
        top: el.scrollTop,
        left: el.scrollLeft,
        height: el.clientHeight || fallback.height,
        width: el.clientWidth || fallback.width,
      };
      setBox((prev) =>
        prev.top === next.top &&
        prev.left === next.left &&
        prev.height === next.height &&
        prev.width === next.width
          ? prev
          : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', schedule);
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, fallback.height, fallback.width]);
  return box;
}

/**
 * The rows (and optionally columns) of a grid to render, for a scrolling element.
 *
 * @example
 * const box = useRef<HTMLDivElement>(null);
 * const { rows, cols } = useWindow(box, { rows: { count: 10_000, size: 32, offset: 120 }, cols: { count: 3000, size: 36, offset: 280 } });
 */
export function useWindow(
  ref: RefObject<HTMLElement | null>,
  axes: {
    rows: Omit<AxisInput, 'scroll' | 'viewport'>;
    cols?: Omit<AxisInput, 'scroll' | 'viewport'>;
  },
): { rows: WindowRange; cols: WindowRange; box: ScrollBox } {
  const box = useScrollBox(ref, { height: 800, width: 1280 });
  const rows = windowRange({ ...axes.rows, scroll: box.top, viewport: box.height });
  const cols = axes.cols
    ? windowRange({ ...axes.cols, scroll: box.left, viewport: box.width })
    : { start: 0, end: 0, before: 0, after: 0 };
  return { rows, cols, box };
}
