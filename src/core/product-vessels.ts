// A ship is a craft, like a capsule (docs/annotation-guidelines.md: products have none of the
// four types), and news gives its name in apposition with a vessel's noun: "the Dali, the
// container ship that …", "the Ever Given, a Panama-flagged vessel of 400 metres", "The
// tanker, the Sea Empress, ran aground", "the cargo ship Rubymar". Its operator is named with
// other nouns ("Maersk, the Danish shipping company", "the ship's owner, Grace Ocean"), and a
// vessel's noun before another noun is that noun's kind ("a ship captain", "a cruise ship
// operator"), not the name's. A submersible is a vessel too ("the Titan, a tourist submersible
// that …", "the research submersible Alvin"). A yacht's grander names are one word with it
// ("the superyacht Amadea", "a megayacht"). A carrier is a ship only as an aircraft carrier:
// "the carrier Delta" and "the wireless carrier Verizon" are companies.

const VESSEL = String.raw`(?:aircraft[ \t\u00a0]+carrier|battleship|ship|vessel|tanker|freighter|ferry|(?:super|mega)?yacht|trawler|barge|tugboat|warship|destroyer|frigate|submarine|submersible|icebreaker)`;
// ", a Singapore-flagged ship of …", ", the container ship that …": up to three words between
// the article and the noun, then punctuation or a word that goes on describing the vessel.
const VESSEL_AFTER = new RegExp(
  String.raw`^,[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+(?:[\p{L}\d-]+[ \t\u00a0]+){0,3}?${VESSEL}(?=[,.;:]|[ \t\u00a0]+(?:of|that|which|with|carrying|bound|owned|operated|managed|registered|flying)\b)`,
  'u',
);
// "the container ship Dali", "The ship, the Dali,": the noun right before the name, or the
// noun, a comma and "the".
const VESSEL_BEFORE = new RegExp(String.raw`\b${VESSEL}(?:[ \t\u00a0]+|,[ \t\u00a0]+the[ \t\u00a0]+)$`, 'u');

/** Whether the name at [start, end) of `text` is a vessel's, by a vessel's noun in apposition
 *  with it or right before it. */
export function vesselName(text: string, start: number, end: number): boolean {
  return VESSEL_AFTER.test(text.slice(end, end + 80)) || VESSEL_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
