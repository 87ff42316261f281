// A page's "more than 180 dead" against a stored "at least 180 dead": two floors at the same
// figure (or two ceilings, "less than 50" and "up to 50") are one bound said two ways, both
// true of any toll past it, so they agree; neither says the other is wrong.

const FLOORS = new Set(['min', 'above']);
const CEILINGS = new Set(['max', 'below']);

/** Whether bounds `pageBound` and `storedBound` of the same figure lie on the same side of it. */
export function sameSideBounds(pageBound: string | null, storedBound: string | null): boolean {
  if (pageBound === null || storedBound === null) return false;
  return (FLOORS.has(pageBound) && FLOORS.has(storedBound)) || (CEILINGS.has(pageBound) && CEILINGS.has(storedBound));
}
