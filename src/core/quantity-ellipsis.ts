// A bare count that takes the counted noun of the count before it (quantities.ts).

import { sticky } from './quantity-parts';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// "orders for 30 flights, 18 of them for Amazon", "five launches this year and 10 a year":
// a bare count the sentence goes on to divide or to rate counts what the count before it did.
const ELLIPSIS_AFTER_Y = new RegExp(String.raw`${S}(?:of${S}them|(?:a|per|each)${S}(?:year|month|week|day))(?![\w'’-])`, 'y');

/** `q` with the unit of the count before it (`before`, in order) where the sentence goes
 *  on to divide or to rate it; as it was otherwise. */
export function elliptical(text: string, q: Quantity, before: readonly Quantity[]): Quantity {
  if (q.form !== 'count' || q.unit !== null || !sticky(ELLIPSIS_AFTER_Y, text, q.end)) return q;
  const previous = before[before.length - 1];
  if (previous?.form !== 'count' || previous.unit === null) return q;
  // Only within one sentence: no full stop between the two.
  return /[.!?;]\s/.test(text.slice(previous.end, q.start)) ? q : { ...q, unit: previous.unit };
}
