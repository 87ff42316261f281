// "Johnson said it would be a tough winter", "Hale said it was too early to tell": an "it"
// before a copula and a judgement is the weather, the times or what was said, not the
// speaker speaking of itself as a company does ("Ford said it would cut jobs", "said it was
// cutting"). A verb after the copula ("it was cutting", "it would be closing") is still a
// firm's "it". A bare "not" ("it was not planning layoffs") or a firm's feeling after an
// intensifier ("it was very pleased", "so far unaware") is the firm's "it" too, and so is a
// role the firm holds after "a" ("it was a victim of a cyberattack", "it is a party to the suit"),
// the role ending the clause or going on with what it is held in; "a party to remember", "a
// buyer's market", "a target-rich field" are judgements still.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const JUDGED_IT =
  new RegExp(String.raw`^${S}(?:(?:on|last|this|in${S}a)${S}\p{L}+${S})?(?:that${S})?it(?:['’]s(?:${S}not)?|${S}(?:(?:would|will|could|might|may|should|must)${S}(?:not${S})?be|(?:is|was)(?:${S}not)?|(?:has|had)${S}been))${S}(?:an?(?!${S}(?:victim|target|party|defendant|plaintiff|bidder|buyer|seller|supplier|customer|shareholder|creditor|member|partner|subsidiary|sponsor|signatory)(?:${S}(?:of|in|for|with|at|on|and|or)\b|${S}to${S}(?:the|a|an|its|this|that|any|all)\b|${S_OPT}[.,;:]))|too|(?:very|so|quite)(?!${S}(?:far|pleased|happy|proud|confident|disappointed|aware|committed|grateful|excited|concerned|focused)\b)|hard|difficult|easy|clear|unclear|likely|unlikely|possible|impossible|important|time|premature|wrong|right|tough|good|bad|fair|unfair|sad|great|early|late|crucial|vital|essential|unacceptable|inevitable|necessary|worth)\b`, 'u');

/** Whether the words after a speech verb (`afterVerb`) have "it" judge something rather than
 *  stand for the speaker: "said it would be a tough winter". */
export function itJudged(afterVerb: string): boolean {
  return JUDGED_IT.test(afterVerb);
}
