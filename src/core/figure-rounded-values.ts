// "Evergrande's liabilities stood at about 2.39 trillion yuan" restates the stored "whose
// liabilities total about 2.4 trillion yuan": one figure rounded is the other's value for the
// test of a figure restated in the same words (figure-restated-words.ts), as an equal value
// is. Only figures said plainly or as about one value: a bound ("less than 2.39 trillion")
// could set the two apart, and that test must only ever lead to agreement.

import { isRoundingOf } from './figure-verdict';
import type { Quantity } from './types';

const APPROXIMATE = new Set(['about', 'around', 'roughly', 'some', 'approximately', 'an estimated', 'estimated', 'circa', 'approx']);

function plainOrApproximate(q: Quantity): boolean {
  return q.qualifier === null || APPROXIMATE.has(q.qualifier.toLowerCase());
}

/** Whether one of the figures `a` and `b`, of one unit, rounds the other. */
export function roundedSameValue(a: Quantity, b: Quantity): boolean {
  if (a.value === null || b.value === null || (a.unit ?? '').toLowerCase() !== (b.unit ?? '').toLowerCase()) return false;
  if (!plainOrApproximate(a) || !plainOrApproximate(b) || a.form === 'range' || b.form === 'range') return false;
  return isRoundingOf(a.value, b.value, false) || isRoundingOf(b.value, a.value, false);
}
