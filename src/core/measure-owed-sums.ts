// A sum a claimant says it is owed is the sum it claims: "filed its petition over $40
// million it said it was owed" restates "an investor seeking $40 million". Only the
// claimant's own saying right after the sum ("it says it is owed", "they claimed they were
// owed"); "the $5 million owed to suppliers" says who is owed, not what anyone claims.

import { INLINE_SPACE as S } from './inline-space';

const PRONOUN = String.raw`(?:it|they|he|she|we)`;
const SAID_OWED = new RegExp(
  String.raw`^${S}(?:(?:that|which)${S})?${PRONOUN}${S}(?:said|says|say|claimed|claims|claim|argued|argues|maintained|maintains)${S}(?:that${S})?${PRONOUN}${S}(?:is|was|are|were)${S}(?:still${S})?owed\b`,
  'u',
);

/** Whether the words after a sum (`after`) say it is what its claimant says it is owed. */
export function saidOwed(after: string): boolean {
  return SAID_OWED.test(after);
}
