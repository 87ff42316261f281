// "Ismaily, founded in 1924, have struggled", "Kestrel, established in 1887, said": a founding
// year in apposition is said only of a name (a club, a firm, a town), never of a common noun
// opening a sentence ("Officials, founded …" is no English), so it is evidence that a lone
// opener is a name. It says nothing of the type: a town is founded too. Used by name-openers.ts.

const FOUNDED_AFTER =
  /^,[ \t\u00a0]+(?:which[ \t\u00a0]+was[ \t\u00a0]+)?(?:founded|established|formed|set[ \t\u00a0]+up)[ \t\u00a0]+in[ \t\u00a0]+(?:\d{4}|the[ \t\u00a0]+\d{4}s)\b/u;

/** Whether `after` (the text after an opener) gives its founding year in apposition. */
export function foundedAfter(after: string): boolean {
  return FOUNDED_AFTER.test(after);
}
