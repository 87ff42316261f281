// "Of the €846 million donated, about €150 million is left": a sum said to be left is what
// remains of another, not a sum of that kind itself, so a gift of €100 million is no reading
// of it (the clause's "donated" is the whole's), while "about €140 million was left for the
// works" is. "left" alone is no such word ("left 20 people dead"); after a sum and a form of
// "be" it is.

import { INLINE_SPACE as S } from './inline-space';
import type { Quantity } from './types';

/** Marks a sum said to be what is left, in its measure word list. */
export const SUM_LEFT = 'sum-left';

const LEFT_AFTER = new RegExp(String.raw`^${S}(?:is|was|were|are|has${S}been|had${S}been|would${S}be|will${S}be)${S}(?:still${S})?(?:left|unspent)\b`);

/** SUM_LEFT for a sum `q` of `sentence` said to be left, else null. */
export function sumLeft(sentence: string, q: Quantity): string | null {
  return q.form === 'money' && LEFT_AFTER.test(sentence.slice(q.end)) ? SUM_LEFT : null;
}

/** Whether one of two sums is said to be left and the other not. */
export function sumsLeftApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.has(SUM_LEFT) !== b.has(SUM_LEFT);
}
