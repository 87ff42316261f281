// "Costs from the derailment had reached about $1.7 billion" against a stored "its costs have
// passed $1.1 billion": a stored floor allows any estimate above it, as it allows an exact
// figure there (figure-verdict.ts), so the two agree. An estimate at or below the floor still
// differs. Only floors: an estimate under a stored ceiling ("up to four days") may be any
// part of it.

const ESTIMATES = new Set(['approx', 'nearly']);

/** Whether a page estimate (`pageBound` approx or nearly) of `x` lies above a stored floor
 *  (`storedBound` min or above) of `v`. */
export function estimateAboveFloor(pageBound: string | null, storedBound: string | null, x: number, v: number): boolean {
  if (pageBound === null || !ESTIMATES.has(pageBound)) return false;
  return (storedBound === 'min' && x >= v) || (storedBound === 'above' && x > v);
}
