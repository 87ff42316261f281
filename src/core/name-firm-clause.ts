// "Toyota said its raise was part of a yearly review", "Bello said it would cut 200 jobs": a
// town's name that speaks of itself as "it" is a company only where what it says is a firm's
// business. A city speaks as "it" too, through its government ("Detroit said it would appeal",
// "Bristol said its council would vote"), and a city is a place (docs/annotation-guidelines.md).

import { INLINE_SPACE as S } from './inline-space';

// A firm's business: its pay, its people, its plants and its goods.
const FIRM_WORDS =
  /\b(?:pay|wages?|raises?|salar(?:y|ies)|bonus(?:es)?|workers|employees|jobs|plants?|factor(?:y|ies)|shares|shareholders|investors|profits?|earnings|revenue|sales|prices|customers|dealers|vehicles|cars|models|production|output|products|dividends?|stores)\b/i;
// A city's own business, which a firm's "it" hardly speaks of: its council, its streets, its people.
const CIVIC_WORDS =
  /\b(?:city|council|councillors?|mayor|municipal|residents|citizens|voters|police|schools?|streets?|roads?|parks?|libraries|trams?|buses|transit|taxes|snow|neighbo(?:u)?rhoods?|ordinance|bylaws?)\b/i;
const SENTENCE = /^[^.!?;]*/;

/** Whether the clause after a town's speech verb (`after`, up to its sentence's end) speaks of
 *  a firm's business and not of a city's. */
export function firmClause(after: string): boolean {
  const clause = SENTENCE.exec(after)?.[0] ?? '';
  return FIRM_WORDS.test(clause) && !CIVIC_WORDS.test(clause);
}

// "Ford said it would", "Ford said on Monday that its": the name speaks of itself as "it".
const SAYS_IT = new RegExp(String.raw`^${S}(?:said|says|announced)${S}(?:(?:on|last|this)${S}\p{L}+${S})?(?:that${S})?(?:it|its)\b`, 'u');

/** Whether the text right after a name (`after`, to its sentence's end or further) has the
 *  name say "it" of a firm's business: "Ford said it would cut jobs". */
export function saysItAsFirm(after: string): boolean {
  return SAYS_IT.test(after) && firmClause(after);
}
