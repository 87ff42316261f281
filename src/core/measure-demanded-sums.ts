// A sum a claimant demands: "the authority first sought $916 million", "then lowered its claim
// to $550 million", "cut its compensation demand to $550 million", "the $916 million it is
// seeking". One measure however the demand is worded, so a page that restates it in other words
// is set against it; the words say no more than that (who demands it is the owner's part).

import { clauseAround } from './measure-clauses';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export const SUM_DEMANDED = 'sum-demanded';

// What may stand between a determiner and the noun: "its compensation claim", "the revised
// demand"; not "the market demand" or "the oil demand", which are how much is wanted of a good.
const MODIFIER = String.raw`(?:(?:compensation|damages|legal|original|initial|first|revised|new|latest|reduced|total|insurance|opening)${S})?`;
// The noun after a determiner or a possessive, not a demand "for" a good ("the demand for chips");
// or a verb of demanding, not of saying ("Apple claims its revenue reached …" is no demand).
const DEMAND_BEFORE = new RegExp(
  String.raw`(?:\b(?:its|their|his|her|the|a|an)${S}${MODIFIER}(?:claim|demand)s?\b(?!${S}for${S}(?![$€£¥\d]|compensation|damages|payment))|\b(?:sought|seeking|seeks?|demanded|demanding))(?:(?!\b(?:and|but)\b)[^;:.!?])*$`,
  'iu',
);
// "the $916 million it is seeking", "the $2 million that the family had demanded".
const DEMANDED_AFTER = new RegExp(
  String.raw`^${S}(?:(?:that|which)${S})?(?:it|they|he|she|we|the${S}\p{Ll}+)${S}(?:(?:is|are|was|were|has|had|have)${S})?(?:been${S})?(?:seeking|sought|demanding|demanded)\b`,
  'u',
);

// "demanded $916 million and then $550 million": a sum joined to the one before shares its verb.
const JOINED = new RegExp(String.raw`^,?${S}(?:(?:and|or)${S})?(?:(?:then|later|finally)${S})?$`);

/** SUM_DEMANDED for a sum its clause says is demanded, or null. */
export function demandedSum(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  const previous = findQuantities(sentence).filter((p) => p.end <= q.start).pop();
  if (previous?.form === 'money' && JOINED.test(sentence.slice(previous.end, q.start))) return demandedSum(sentence, previous);
  const clause = clauseAround(sentence, q.start, q.end);
  if (DEMAND_BEFORE.test(sentence.slice(clause.offset, q.start))) return SUM_DEMANDED;
  return DEMANDED_AFTER.test(sentence.slice(q.end, q.end + 60)) ? SUM_DEMANDED : null;
}
