// "the first estimate of $1.7 billion to $1.9 billion": a sum given as a range with both ends
// the same as a stored range, in the same currency, restates it, whatever the page's sentence
// says of it or whom it credits. Two exact ends in money are too particular to be another
// figure of the same story; only agreement tells (another range is judged as before), and
// shares are left out, as two banks' target ranges may well be the same.

import type { Quantity } from './types';

/** Whether the page figure `q` is the stored money range `stored`, end for end. */
export function restatedMoneyRange(q: Quantity, stored: Quantity): boolean {
  if (q.form !== 'range' || stored.form !== 'range' || q.unit === null || !/^[A-Z]{3}$/.test(q.unit)) return false;
  return q.unit === stored.unit && q.value !== null && q.value === stored.value && q.high !== undefined && q.high === stored.high && q.high > q.value;
}
