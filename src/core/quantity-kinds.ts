// What kind of figure a parsed quantity is: a length of time, a share; a duration in days.

import { round } from './quantity-parts';
import { daysPer } from './quantity-units';
import type { Quantity } from './types';

/** A length of time, also as a range: "six weeks", "42-day", "three to four weeks". */
export function isDuration(q: Quantity): boolean {
  return q.form === 'duration' || (q.form === 'range' && q.unit !== null && daysPer(q.unit) !== null);
}

/** A share, also as a range: "3%", "one in five", "between 20 and 25 percent". */
export function isShare(q: Quantity): boolean {
  return q.form === 'percent' || (q.form === 'range' && q.unit === '%');
}

/** Durations in days: "six weeks" → 42, "42-day" → 42, "15 months" → 456.25; else null. */
export function toDays(q: Quantity): number | null {
  if (q.kind !== 'number' || q.value === null || q.unit === null) return null;
  if (q.form !== 'duration' && q.form !== 'range') return null;
  const per = daysPer(q.unit);
  return per === null ? null : round(q.value * per);
}
