// A place's name standing for its side: "Georgetown's coach", "for Washington, which had won
// five in a row". A town has a mayor; only a side has a coach or wins games. Split from
// entity-typing.ts, which counts these as a team's votes; mention-types.ts decides when they
// outweigh the place lexicon (a side the page names in full, "Washington Capitals").

// A sports role, or the side's people, after the name's possessive.
const SPORTS_ROLE_AFTER =
  /^['’]s?[ \t\u00a0]+(?:(?:head|assistant)[ \t\u00a0]+)?(?:coach|coaches|manager|goalkeeper|goalie|striker|quarterback|pitcher|rowers|skaters|roster|lineup)\b/;
// A clause that says the side won or lost: ", which had won five in a row"; not a town's or a
// state's winning or losing a thing ("Boston, which had won a federal grant", "Ohio, which
// lost the case", "which lost 40,000 jobs").
const SIDE_RESULT_AFTER = /^,[ \t\u00a0]+which[ \t\u00a0]+(?:has[ \t\u00a0]+|had[ \t\u00a0]+)?(?:won|lost|beat|beaten|trailed|clinched)\b(?!\s+(?:an?\b|(?:the|its|their)\s+(?:case|election|vote|race|seats?|lawsuit|appeal|suit|contract|bid|grant|battle|fight)\b|[\d,.]+\s+(?:jobs|residents|people|seats|votes|workers)\b))/;

/** Whether the words after a name speak of it as a sports side. */
export function sideAfter(after: string): boolean {
  return SPORTS_ROLE_AFTER.test(after) || SIDE_RESULT_AFTER.test(after);
}
