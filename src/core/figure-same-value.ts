// Two figures of one value in one unit: the sign both restatement rules take of the same
// figure said another way (figure-restated-totals.ts, figure-restated-words.ts). The unit is
// compared as written, in any case ("Tonnes" is "tonnes"); a figure of no unit meets only
// another of none.

import type { Quantity } from './types';

type Figure = Pick<Quantity, 'value' | 'unit'>;

/** Whether `a` and `b` have one value (neither null) in one unit. */
export function sameValueInUnit(a: Figure, b: Figure): boolean {
  return a.value !== null && a.value === b.value && (a.unit ?? '').toLowerCase() === (b.unit ?? '').toLowerCase();
}
