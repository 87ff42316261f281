// A ship is a craft (docs/annotation-guidelines.md: no type of the four), and news names one
// by what is left of it or by its parts: "the wreck of the Edmund Fitzgerald", "the bow of the
// Endurance", "the hull of the Mary Rose". A body or a place has no bow, stern or hull, and a
// wreck "of the" a name is a craft's (a crash's is "the wreckage at", "the wreck on"). "the
// deck of" is left out: a card deck, and a building's deck ("the deck of the Empire State
// Building"); so is "the wreckage of", which news says of a collapse, a firm or a party ("the
// wreckage of the Lehman Brothers collapse", "the wreckage of the Enron empire").

const PART_OF_THE = /\b(?:wreck|bow|stern|hull|keel)[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+$/u;

// A noun right after the name makes the name its owner or maker, not the ship: "the hull of
// the Maersk vessel", "the stern of the Boeing jet", "the bow of the Acme bill".
const NOUN_AFTER =
  /^[ \t\u00a0]+(?:ships?|vessels?|tankers?|freighters?|ferry|ferries|yachts?|trawlers?|barges?|boats?|jets?|planes?|aircraft|airliners?|helicopters?|cars?|trucks?|trains?|buses|bus|rockets?|fleet|bill|ruling|collapse|empire|deal|merger|case|plan|brand|group|company|firm|bank)\b/u;

/** Whether the name from `start` to `end` of `text` follows a ship's part or its wreck: "the
 *  wreck of the |Titanic|", not "the hull of the |Maersk| vessel". */
export function shipPartOf(text: string, start: number, end: number): boolean {
  return PART_OF_THE.test(text.slice(Math.max(0, start - 24), start)) && !NOUN_AFTER.test(text.slice(end, end + 16));
}
