// What a plan is costed at: "The joint plan of the WHO and Africa CDC, costed at $258
// million", "a response plan budgeted at $40 million". A plan's cost is the funding it needs,
// which is what its makers appeal for ("the $258 million that Africa CDC and the WHO appealed
// for"), so the two are one measure of sums (figure-similarity.ts); a sum spent, or what a war
// or a storm cost, stays a cost.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export const PLAN_COST = 'plan-cost';

// A plan, appeal or programme named before "costed at" / "budgeted at" / "priced at" in one
// clause (no full stop, semicolon or second comma-led clause in between).
const PLAN_COSTED_BEFORE =
  new RegExp(String.raw`\b(?:plans?|appeals?|programmes?|programs?|strateg(?:y|ies))\b[^.;:]{0,80}?\b(?:costed|budgeted|priced)${S}at${S}(?:(?:about|some|around|roughly|nearly|almost|more${S}than|up${S}to|at${S}least)${S})?$`, 'i');

/** PLAN_COST for a sum a plan is costed at, or null. */
export function planCost(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  return PLAN_COSTED_BEFORE.test(sentence.slice(Math.max(0, q.start - 120), q.start)) ? PLAN_COST : null;
}
