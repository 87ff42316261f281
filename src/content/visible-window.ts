// Which marks lie near the viewport, found with O(log n) layout reads rather than one per
// mark: marks are kept in reading order, and on the pages that have thousands of them
// (long articles, one huge text node) reading order runs down the page, so a binary search
// on each probed mark's box finds where the viewport starts, and a walk on finds its end.
// A mark with no box (hidden by CSS) takes the position of the next mark that has one.

/** A mark's vertical extent in viewport coordinates, or null when it has no box. */
export type Extent = { top: number; bottom: number } | null;

/** How far past a hidden mark to look for one with a box before giving up. */
const HIDDEN_RUN = 64;

/** Indices [from, to) of the marks whose boxes meet the band [top, bottom], by two binary
 *  searches (a layout read can cost milliseconds in a huge text node, so never one per
 *  mark). At most `cap` marks, so a page whose reading order does not run down the screen
 *  never makes the band the whole page. */
export function marksInBand(count: number, extent: (i: number) => Extent, top: number, bottom: number, cap: number): [number, number] {
  const cache = new Map<number, Extent>();
  const at = (i: number): Extent => {
    if (!cache.has(i)) cache.set(i, extent(i));
    return cache.get(i) ?? null;
  };
  /** The box of mark i, or of the first mark after it that has one. */
  const shown = (i: number): Extent => {
    for (let j = i; j < count && j < i + HIDDEN_RUN; j++) {
      const e = at(j);
      if (e) return e;
    }
    return null;
  };
  /** First index in [lo, count) for which `past` holds (false…false true…true). */
  const first = (lo: number, past: (e: Extent) => boolean): number => {
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(shown(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = first(0, (e) => !e || e.bottom >= top);
  const to = first(from, (e) => !e || e.top > bottom);
  return [from, Math.min(to, from + cap)];
}
