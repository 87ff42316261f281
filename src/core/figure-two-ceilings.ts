// One maker's "could face fines of up to $44,539 per vehicle" against its stored "fines of up to
// $37,500 per car" (two makers' fines stop before this, figure-fined-parties.ts): two ceilings
// of one measure are two caps, each the most the rule allowed when said. The
// stored cap is below the page's, but it does not agree with it: the page sets the cap higher.
// (A page ceiling against a stored exact value stays a bound the value may satisfy.)

const CEILINGS = new Set(['max', 'below']);

/** Whether a page ceiling `pageBound` of `x` and a stored one of `v` are two different caps. */
export function twoCeilings(pageBound: string | null, storedBound: string | null, x: number, v: number): boolean {
  return pageBound !== null && storedBound !== null && CEILINGS.has(pageBound) && CEILINGS.has(storedBound) && x !== v;
}
