// A sum a claimant demands: "the authority first sought $916 million", "then lowered its claim
// to $550 million", "cut its compensation demand to $550 million", "the $916 million it is
// seeking". One measure however the demand is worded, so a page that restates it in other words
// is set against it; the words say no more than that (who demands it is the owner's part).

import { clauseAround } from './measure-clauses';
import { saidOwed } from './measure-owed-sums';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export const SUM_DEMANDED = 'sum-demanded';

// What may stand between a determiner and the noun: "its compensation claim", "the revised
// demand"; not "the market demand" or "the oil demand", which are how much is wanted of a good.
const MODIFIER = String.raw`(?:(?:compensation|damages|legal|original|initial|first|revised|new|latest|reduced|total|insurance|opening)${S})?`;
// How near a sum is said: "at least $500 million", "about $43.7 million".
const ABOUT = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|at${S}least|more${S}than|up${S}to|as${S}much${S}as|in${S}excess${S}of|a${S}total${S}of)${S})?`;
// The noun is linked straight to the sum ("lowered its claim to $550 million", "its demand over
// the Ever Given to $550 million", "the claim is worth $5 million"): "the demand grew to $80
// billion" is a market's, "its claim that revenue reached $5 billion" a saying, "the demand for
// chips reached $500 billion" a good's, "her claim to the $3 million estate" a title.
const OVER = String.raw`(?:${S}(?:over|against)${S}[^,;:.!?]{1,40}?)?`;
const LINK = String.raw`${S}(?:(?:now|still|is|was|are|were|has|had|have|been)${S})*(?:to|of|at|for|worth|totall?ing|totals|totall?ed|amounts${S}to|stands${S}at|stood${S}at)`;
const DEMAND_NOUN = String.raw`\b(?:its|their|his|her|our|the|a|an)${S}${MODIFIER}(?:claim|demand)s?${OVER}${LINK}`;
// The verb's object is the sum ("sought $916 million", "is demanding compensation of $916
// million", "sought a $10 million fine", "seeks to recover $5 million"), not a thing the clause
// prices ("sought to borrow $3 billion", "seeking a buyer who will pay $300 million", "sought
// bids for the $12 million school", "demanded that the city spend $10 million").
const OBJECT = String.raw`(?:${S}(?:compensation|damages|restitution|reimbursement|repayment|payment|back${S}pay|a|an|of|totall?ing|to${S}(?:recover|recoup|reclaim|collect|claw${S}back)))*`;
const DEMAND_VERB = String.raw`\b(?:sought|seeking|seeks?|demanded|demanding)${OBJECT}`;
const DEMAND_BEFORE = new RegExp(String.raw`(?:${DEMAND_NOUN}|${DEMAND_VERB})${S}${ABOUT}$`, 'iu');
// "the $916 million it is seeking", "the $2 million that the family had demanded"; not "the
// $500 million it is seeking to raise".
const DEMANDED_AFTER = new RegExp(
  String.raw`^${S}(?:(?:that|which)${S})?(?:it|they|he|she|we|the${S}\p{Ll}+)${S}(?:(?:is|are|was|were|has|had|have)${S})?(?:been${S})?(?:seeking|sought|demanding|demanded)\b(?!${S}to${S}(?!recover|recoup|reclaim|collect|claw))`,
  'u',
);

// "demanded $916 million and then $550 million", "cut its demand to $550 million from $916
// million": a sum joined to the one before shares its verb.
const JOINED = new RegExp(String.raw`^(?:,?${S}(?:(?:and|or)${S})?(?:(?:then|later|finally)${S})?|,?${S}(?:(?:up|down)${S})?from${S})$`);

/** SUM_DEMANDED for a sum its clause says is demanded, or null. */
export function demandedSum(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  const previous = findQuantities(sentence).filter((p) => p.end <= q.start).pop();
  if (previous?.form === 'money' && JOINED.test(sentence.slice(previous.end, q.start))) return demandedSum(sentence, previous);
  const clause = clauseAround(sentence, q.start, q.end);
  if (DEMAND_BEFORE.test(sentence.slice(clause.offset, q.start))) return SUM_DEMANDED;
  const after = sentence.slice(q.end, q.end + 60);
  return DEMANDED_AFTER.test(after) || saidOwed(after) ? SUM_DEMANDED : null; // measure-owed-sums.ts
}
