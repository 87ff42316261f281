// A page's floor ("at least 321 vessels", "more than 150 ships") allows any larger stored
// count only so far. A precise figure given as a floor is a count made at some moment, as a
// stored one is (figure-verdict.ts, storedBound): "at least 321 vessels were waiting" is the
// count of 321, so a stored final queue of 422 is another, later count, not one it vouches
// for. A round floor is a reporter's rounding down, and a reader takes "more than 150" for
// 150 to about twice that: a stored 422 is no agreement, though no contradiction either.

/** How far above a round floor a stored value may be and still be what it rounds down. */
const ROUND_FLOOR_REACH = 2;

/** 'count' when the floor is a precise count (judged as that count), 'far' when a round floor
 *  lies far below the stored value (no verdict), null when the floor is judged as a bound.
 *  `x` is the page's value, `v` the stored one, `step` the step `x` was rounded at. A
 *  duration ("for more than a year", 365 days) stays a bound, as a stored one does. */
export function floorReading(bound: string | null, x: number, v: number, step: number, duration = false): 'count' | 'far' | null {
  if ((bound !== 'min' && bound !== 'above') || v <= x || x <= 0 || duration) return null;
  // Two figures past the zeros, or three ending in a 5 ("more than 1,250 workers", "over
  // 61,500 fans"): a reporter's rounding to a half, not a count.
  const digits = Math.abs(x) / step;
  const round = Math.abs(x) < 10 || (step >= 10 && (digits < 100 || (digits < 1000 && digits % 5 === 0)));
  if (!round) return 'count';
  return v > x * ROUND_FLOOR_REACH ? 'far' : null;
}
