// A page's "injured more than 750" met a stored "At least 670 people were injured" of July 17
// (an older snapshot, so it differed) but not the same count a later stored article gives,
// "More than 750 people were injured in the Ahrweiler district alone" of August 11, whose
// place the page's sentence did not repeat. Where the best comparison differs from a stored
// figure, and a later stored figure measures the same thing as that one and agrees with the
// page, that agreement comes first: the page repeats the newest stored word on the measure. A
// later figure that differs too changes nothing (which of two differing counts to cite is the
// ranking's call, and two stored figures alike in words may still be two measures).

import { measureSimilarity, SAME_MEASURE_THRESHOLD } from './figure-similarity';
import type { Measured } from './figure-measured';
import type { Judgement } from './figure-verdict';
import type { Fact, FigureComparison } from './types';

/** `sorted` with an agreement put first: the page's figure against the newest later stored
 *  restatement of the measure it differs from, where there is one it agrees with. */
export function laterRestatement(
  sorted: FigureComparison[],
  facts: readonly Fact[],
  measuredFact: (fact: Fact) => Measured | null,
  judge: (fact: Fact) => Judgement | null,
): FigureComparison[] {
  const [best] = sorted;
  if (best === undefined || best.verdict !== 'differs' || best.fact.date === undefined) return sorted;
  const older = measuredFact(best.fact);
  if (!older) return sorted;
  const later = facts
    .filter((f) => f !== best.fact && (f.date ?? '') > (best.fact.date ?? '') && f.quantity.kind === best.fact.quantity.kind)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const fact of later) {
    const stored = measuredFact(fact);
    if (!stored || measureSimilarity(older, stored) < SAME_MEASURE_THRESHOLD) continue;
    const judged = judge(fact);
    if (judged?.verdict === 'agrees') return [{ ...judged, fact, similarity: best.similarity }, ...sorted];
  }
  return sorted;
}
