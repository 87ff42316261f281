// Binary search over ascending keys.

/** The last index in [0, count) whose key is at or before `x` (keys ascending), or -1 when
 *  the first key is already past it. */
export function lastAtOrBefore(count: number, keyAt: (i: number) => number, x: number): number {
  if (count === 0 || keyAt(0) > x) return -1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyAt(mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
