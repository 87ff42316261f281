// "liabilities of about 2.4 trillion yuan ($330 billion)": a sum in brackets right after a sum
// in another currency is that sum converted, so it measures what that sum does. Its clause is
// the brackets alone and names nothing, so a page's conversion is set against the stored
// conversion of a stored sum its own converted sum agrees with. Agreement only: two
// conversions of one sum may honestly differ by the day's rate.

import { cachedPerFact } from './fact-cache';
import { judgeFigures } from './figure-verdict';
import { INLINE_SPACE_OPT as S_OPT } from './inline-space';
import { findQuantities } from './quantities';
import type { Fact, Quantity } from './types';

const OPENS = new RegExp(String.raw`^${S_OPT}\(${S_OPT}$`);
const CLOSES = new RegExp(String.raw`^${S_OPT}\)`);

/** The sum `q` (offsets within `sentence`) converts, or null: the sum just before it, in
 *  another currency, with `q` alone in brackets between them. */
export function convertedSum(sentence: string, q: Quantity, found: readonly Quantity[] = findQuantities(sentence)): Quantity | null {
  if (q.form !== 'money') return null;
  const previous = found.filter((p) => p.end <= q.start).pop();
  if (previous?.form !== 'money' || previous.unit === q.unit) return null;
  return OPENS.test(sentence.slice(previous.end, q.start)) && CLOSES.test(sentence.slice(q.end)) ? previous : null;
}

// Where in its sentence the sum a stored conversion converts starts: read once per fact.
const storedSource = cachedPerFact((fact): number | null => convertedSum(fact.where.sentence, fact.quantity)?.start ?? null);

/** Whether the stored `fact` converts one of `sources` (the stored sums the page's converted
 *  sum agrees with) and the page's conversion `q` agrees with it. */
export function sameConversion(q: Quantity, fact: Fact, sources: readonly Fact[]): boolean {
  const at = storedSource(fact);
  if (at === null || !sources.some((s) => s.where.articleId === fact.where.articleId && s.where.sentence === fact.where.sentence && s.where.start === at)) return false;
  return judgeFigures(q, fact)?.verdict === 'agrees';
}
