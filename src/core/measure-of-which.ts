// "The train of 149 cars, 38 of which derailed", "120 passengers, 12 of whom were hurt": a bare
// number right after a counted figure and "of which" or "of whom" is a part of that figure's
// whole, so it counts what the whole does, as "38 of the 149 cars" would (measure-phrases.ts).

import { COUNTS_MARK } from './measure-phrases';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const OF_WHICH_AFTER = new RegExp(String.raw`^${S}of${S}(?:which|whom)\b`, 'i');
// Only a comma between the whole and the part ("149 cars, 38 of which"): with words between,
// "which" may stand for something else than the figure just before.
const JOINED = /^,[^\S\n]*$/;

/** The counts mark of a bare figure "of which" a counted figure just before it, or null. */
export function partOfWhich(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit !== null || !OF_WHICH_AFTER.test(sentence.slice(q.end, q.end + 16))) return null;
  const whole = findQuantities(sentence.slice(0, q.start)).pop();
  if (whole === undefined || whole.form !== 'count' || whole.unit === null || !JOINED.test(sentence.slice(whole.end, q.start))) return null;
  return `${COUNTS_MARK}${whole.unit.toLowerCase()}`;
}
