// "Its detectors were spaced about 20 miles apart", "a detector every 10 miles": a length
// between things of a series is their spacing, not how far anything is from a place or went
// ("a video showed the bearing on fire about 20 miles before the crash", "residents within 20
// miles"). A spacing meets only another spacing (figure-similarity.ts).

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** The mark of a spacing, its own lemma in the lexicon. */
export const SPACING = 'spaced-apart';

const LENGTH_UNIT = /^(?:km|kilomet(?:er|re)s?|miles?|mi|m|met(?:er|re)s?|feet|foot|ft|yards?)$/i;
const APART_AFTER = new RegExp(String.raw`^${S}apart\b`, 'i');
const EVERY_BEFORE = new RegExp(String.raw`\bevery${S}$`, 'i');

/** SPACING for a length said to lie between things of a series, or null. */
export function spacing(sentence: string, q: Quantity): string | null {
  if (q.unit === null || !LENGTH_UNIT.test(q.unit)) return null;
  const apart = APART_AFTER.test(sentence.slice(q.end, q.end + 12)) || EVERY_BEFORE.test(sentence.slice(Math.max(0, q.start - 8), q.start));
  return apart ? SPACING : null;
}

/** Whether one of two figures' topics is a spacing and the other's not. */
export function spacingsApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.has(SPACING) !== b.has(SPACING);
}
