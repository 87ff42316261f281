// "Johnson said it would be a tough winter", "Hale said it was too early to tell": an "it"
// before a copula and a judgement is the weather, the times or what was said, not the
// speaker speaking of itself as a company does ("Ford said it would cut jobs", "said it was
// cutting"). A verb after the copula ("it was cutting", "it would be closing") is still a
// firm's "it".

const JUDGED_IT =
  /^\s+(?:(?:on|last|this|in\s+a)\s+\p{L}+\s+)?(?:that\s+)?it(?:['’]s|\s+(?:(?:would|will|could|might|may|should|must)\s+(?:not\s+)?be|(?:is|was)(?:\s+not)?|(?:has|had)\s+been))\s+(?:an?|too|very|so|quite|not|hard|difficult|easy|clear|unclear|likely|unlikely|possible|impossible|important|time|premature|wrong|right|tough|good|bad|fair|unfair|sad|great|early|late|crucial|vital|essential|unacceptable|inevitable|necessary|worth)\b/u;

/** Whether the words after a speech verb (`afterVerb`) have "it" judge something rather than
 *  stand for the speaker: "said it would be a tough winter". */
export function itJudged(afterVerb: string): boolean {
  return JUDGED_IT.test(afterVerb);
}
