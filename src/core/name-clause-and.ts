// "Céline Dion sang from the Eiffel Tower and Zinedine Zidane carried the flame": after a
// name a preposition governs, "and" and a name that a verb and its object follow open a
// clause of their own. The name is that clause's subject, not the preposition's second
// object, so it is no fellow of the name before it in a list (name-listed.ts). Where the
// name before is a subject too ("Paris and Lyon hosted the games"), the two are listed.

// The name before, governed by a preposition ("from the Eiffel Tower and "). Not "of", which
// takes a noun's complement ("residents of Tulkarem and Nur Shams described the raid").
const GOVERNED = String.raw`(?:from|at|to|in|on|near|into|onto|through|across|along|past|under|over|beside|toward|towards|outside|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*\s+and\s+$`;
const GOVERNED_AND = new RegExp(String.raw`\b${GOVERNED}`, 'u');
// "Trucks from Egypt and Tarsk brought the aid", "Prices in Lyon and Tarsk rose this year": a
// sentence that opens with a plural noun and the preposition has no verb yet, so the verb after
// is that noun's and both names are the preposition's objects ("Céline Dion sang from", "She
// sang in" have theirs).
const SUBJECT_GOVERNED = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)(?:(?:The|Some|Many|Most|All|Several|Other|Its|Their|His|Her|Our)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*s|(?!(?:This|Its|His|Was|Has|Is|As|Thus)\s)\p{Lu}\p{Ll}*s)\s+${GOVERNED}`,
  'u',
);
// A verb and its object: a lower-case word that is no function word, then a determiner.
const VERB_AND_OBJECT =
  /^\s+(?!(?:and|or|but|of|in|on|at|to|for|with|from|by|as|near|into|through|across|along|past|over|under|than|is|was|are|were|be|been|has|had|have|will|would|could|should|may|might|can|must|the|a|an)\b)\p{Ll}+\s+(?:the|a|an|his|her|its|their|our|this|these|those)\s/u;

/** Whether the name between `before` (ending in "and ") and `after` opens a clause of its own. */
export function opensClause(before: string, after: string): boolean {
  return GOVERNED_AND.test(before) && !SUBJECT_GOVERNED.test(before) && VERB_AND_OBJECT.test(after);
}
