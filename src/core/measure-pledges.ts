// Money a body says it will put in: "would spend $1.4 billion on the union plants", "has
// raised its pledge for the union plants to about $2.7 billion", "had offered to invest about
// $2.7 billion in U.S. Steel's union plants". A pledge is of an investment to come, so the two
// are one measure of sums (figure-similarity.ts); money already spent stays a cost.

import { PLAN_COST } from './measure-plans';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export const PLEDGE = 'pledge';

// Spending said of the future or promised: "would spend", "will spend", "plans to spend",
// "promised to spend"; not "spent" or "is spending".
const PROMISED_SPENDING_BEFORE =
  new RegExp(String.raw`\b(?:would|will|shall|(?:plans?|planned|promised|promises|pledged|pledges|vowed|vows|offered|offers|agreed|agrees|intends?|intended|expects?|expected)${S}to)${S}(?:also${S})?spend${S}(?:(?:about|some|around|roughly|nearly|almost|more${S}than|up${S}to|at${S}least)${S})?$`, 'i');

/** PLEDGE for a sum a body says it will spend, or null. */
export function promisedSpending(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  return PROMISED_SPENDING_BEFORE.test(sentence.slice(Math.max(0, q.start - 50), q.start)) ? PLEDGE : null;
}

/** Sum topics that are one measure: a pledge and the investment it promises; a plan's cost
 *  and the appeal for it (measure-plans.ts). */
export const RELATED_SUM_TOPICS = [['pledge', 'investment'], [PLAN_COST, 'appeal']];
