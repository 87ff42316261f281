// "most of them in the South", "Ford's view of the West": a compass point alone after "the"
// is a region, a place (as "the Middle East" is), whatever "the" votes for an organisation.
// Without "the" it may be a surname ("Kanye West … West said") and the context decides.

import { INLINE_SPACE as S } from './inline-space';

const POINTS = new Set(['North', 'South', 'East', 'West', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
// "the" and the point share a line: a line ending in "the" is cut text, not this phrase.
const THE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])the${S}$`, 'iu');

/** Whether a one-word mention at `start` is a compass point written after "the". */
export function compassRegion(text: string, start: number, words: readonly string[]): boolean {
  return words.length === 1 && POINTS.has(words[0] ?? '') && THE_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}
