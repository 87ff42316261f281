// "Céline Dion sang from the Eiffel Tower and Zinedine Zidane carried the flame": after a
// name a preposition governs, "and" and a name that a verb and its object follow open a
// clause of their own. The name is that clause's subject, not the preposition's second
// object, so it is no fellow of the name before it in a list (name-listed.ts). Where the
// name before is a subject too ("Paris and Lyon hosted the games"), the two are listed.

import { INLINE_SPACE as S } from './inline-space';

// The name before, governed by a preposition ("from the Eiffel Tower and "). Not "of", which
// takes a noun's complement ("residents of Tulkarem and Nur Shams described the raid").
const GOVERNED = String.raw`(?:from|at|to|in|on|near|into|onto|through|across|along|past|under|over|beside|toward|towards|outside|inside)${S}(?:the${S})?(?:\p{Lu}[\p{L}’'.-]*${S}){0,3}\p{Lu}[\p{L}’'.-]*${S}and${S}$`;
const GOVERNED_AND = new RegExp(String.raw`\b${GOVERNED}`, 'u');
// "Trucks from Egypt and Tarsk brought the aid", "Prices in Lyon and Tarsk rose this year": a
// sentence that opens with a plural noun and the preposition has no verb yet, so the verb after
// is that noun's and both names are the preposition's objects ("Céline Dion sang from", "She
// sang in" have theirs).
const SUBJECT_GOVERNED = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)(?:(?:The|Some|Many|Most|All|Several|Other|Its|Their|His|Her|Our)${S}(?:\p{Ll}[\p{L}-]*${S})?\p{Ll}[\p{L}-]*s|(?!(?:This|Its|His|Was|Has|Is|As|Thus)${S})\p{Lu}\p{Ll}*s)${S}${GOVERNED}`,
  'u',
);
// A verb and its object: a lower-case word that is no function word, then a determiner.
const VERB_AND_OBJECT = new RegExp(
  String.raw`^${S}(?!(?:and|or|but|of|in|on|at|to|for|with|from|by|as|near|into|through|across|along|past|over|under|than|is|was|are|were|be|been|has|had|have|will|would|could|should|may|might|can|must|the|a|an)\b)\p{Ll}+${S}(?:the|a|an|his|her|its|their|our|this|these|those)${S}`,
  'u',
);

/** Whether the name between `before` (ending in "and ") and `after` opens a clause of its own. */
export function opensClause(before: string, after: string): boolean {
  return GOVERNED_AND.test(before) && !SUBJECT_GOVERNED.test(before) && VERB_AND_OBJECT.test(after);
}
