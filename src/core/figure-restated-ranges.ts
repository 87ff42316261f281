// "the first estimate of $1.7 billion to $1.9 billion": a sum given as a range with both ends
// the same as a stored range, in the same currency, restates it, whatever the page's sentence
// credits it to. Two exact ends in money are too particular to be another figure of the same
// story; only agreement tells (another range is judged as before), and shares are left out,
// as two banks' target ranges may well be the same.
// The page must call the range back as an estimate and say nothing of what it measures that
// the stored sentence does not: "Apple to earn $1.7 billion to $1.9 billion", "not $1.7
// billion to $1.9 billion" or "revenue of ..." are other sums that happen to share the ends.

import { measureOf } from './measure';
import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// "the (first) estimate of", "its projections of", "a price tag of" right before the range.
const ESTIMATE_BEFORE = new RegExp(String.raw`\b(?:estimates?|projections?|forecasts?|price${S}tags?)${S}of${S}(?:between${S})?$`, 'i');

/** Whether the page figure `q` of `sentence` is the stored money range of `fact`, end for end. */
export function restatedMoneyRange(sentence: string, q: Quantity, fact: Pick<Fact, 'quantity' | 'measure'>): boolean {
  const stored = fact.quantity;
  if (q.form !== 'range' || stored.form !== 'range' || q.unit === null || !/^[A-Z]{3}$/.test(q.unit)) return false;
  if (q.unit !== stored.unit || q.value === null || q.value !== stored.value || q.high === undefined || q.high !== stored.high || q.high <= q.value) return false;
  if (!ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return false;
  return measureOf(sentence, q).every((w) => w === q.unit || fact.measure.includes(w));
}
