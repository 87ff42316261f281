// "the American League East", "the Asian Football Confederation North": a compass point after
// a body's head names one of its divisions, and the body's head is still the name's head, so a
// demonym opening it belongs to the name as it does to "American League".

const DIVISION_POINTS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

/** The head of a name ending in a division's compass point, or null when it ends otherwise. */
export function divisionHead(words: readonly string[]): string | null {
  if (words.length < 3 || !DIVISION_POINTS.has(words[words.length - 1] ?? '')) return null;
  return words[words.length - 2] ?? null;
}
