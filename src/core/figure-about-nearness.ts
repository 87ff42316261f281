// How near "about" must be. "About 50,000" for 47,498 is a rounding at one significant digit,
// where a reader allows a few per cent; "about $270", given to two digits, rounds a finer value
// only within a step of 10 of it, so the stored $283.36 is another price, though within 5%. A
// page figure given to two or more significant digits, against a stored one given finer,
// agrees within one of its steps (a writer's loose rounding: "about 1,900" for 1,934 is,
// "about 12,500" for 12,043 is not). A stored figure given coarser ("€9 billion" for the
// page's "about €8.7 billion") is the rounding, and the 5% the caller allows stands.

/** Whether an "about" figure `x`, written to `step`, may stand for the stored value `v`,
 *  written to `storedStep`. */
export function withinAboutStep(x: number, v: number, step: number, storedStep: number): boolean {
  if (step <= 0 || storedStep >= step || Math.abs(x) / step < 10) return true;
  return Math.abs(x - v) <= step * (1 + 1e-9);
}
