// "Céline Dion sang from the Eiffel Tower and Zinedine Zidane carried the flame": after a
// name a preposition governs, "and" and a name that a verb and its object follow open a
// clause of their own. The name is that clause's subject, not the preposition's second
// object, so it is no fellow of the name before it in a list (name-listed.ts). Where the
// name before is a subject too ("Paris and Lyon hosted the games"), the two are listed.

// The name before, governed by a preposition ("from the Eiffel Tower and "). Not "of", which
// takes a noun's complement ("residents of Tulkarem and Nur Shams described the raid").
const GOVERNED_AND =
  /\b(?:from|at|to|in|on|near|into|onto|through|across|along|past|under|over|beside|toward|towards|outside|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*\s+and\s+$/u;
// A verb and its object: a lower-case word that is no function word, then a determiner.
const VERB_AND_OBJECT =
  /^\s+(?!(?:and|or|but|of|in|on|at|to|for|with|from|by|as|near|into|through|across|along|past|over|under|than|is|was|are|were|be|been|has|had|have|will|would|could|should|may|might|can|must|the|a|an)\b)\p{Ll}+\s+(?:the|a|an|his|her|its|their|our|this|these|those)\s/u;

/** Whether the name between `before` (ending in "and ") and `after` opens a clause of its own. */
export function opensClause(before: string, after: string): boolean {
  return GOVERNED_AND.test(before) && VERB_AND_OBJECT.test(after);
}
