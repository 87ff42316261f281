// "the Pinault family's holding company", "the Bettencourt Meyers family", "the Kennedy family":
// a family named by its surname is people, marked as a person with "family" outside (the
// annotation guidelines), where "the" before it votes for a body. Not a product line or a
// brand's house ("the Boeing 737 family of jets", "the Unilever family of brands") nor a
// crime family, whose noun comes between.

// "family of" a common noun is a range ("of jets", "of brands"); of a name, whose family it is
// ("the Bettencourt Meyers family of L'Oréal").
const FAMILY_AFTER = /^[ \t\u00a0]+famil(?:y|ies)\b(?![ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Ll})/u;

/** Person votes for a name right before "family" (3, as an age or a title gives), else 0. */
export function familyVotes(after: string): number {
  return FAMILY_AFTER.test(after) ? 3 : 0;
}
