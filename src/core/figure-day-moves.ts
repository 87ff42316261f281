// "Shares fell 17% on Monday and another 20% on Tuesday": a percentage given as an addition
// but pinned to a day of its own is that day's move whole, not an amount on top of a total
// (figure-additions.ts), so a page's "20% on Tuesday" restates it. Shares only: "released
// another $6 million on Tuesday" and "another 12 died on Friday" stay additions to a total.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
// The day straight after the figure, or after a place or an index ("in Frankfurt", "in
// early trading"), within its clause; 'on' may go ("fell another 20% Tuesday", wire style),
// not where the day owns a noun ("another 2% Tuesday's session").
const OWN_DAY_AFTER = new RegExp(String.raw`^(?:${S}in${S}(?:[\p{L}-]+${S}){0,2}?[\p{L}-]+)?${S}(?:on${S})?${WEEKDAY}\b(?!['\u2019]s\b)`, 'u');

/** Whether the percentage `q` of `sentence`, said as an addition, is a day's move of its own. */
export function daysOwnMove(sentence: string, q: Quantity): boolean {
  return q.form === 'percent' && OWN_DAY_AFTER.test(sentence.slice(q.end, q.end + 50));
}
