// A ship is a craft (docs/annotation-guidelines.md: no type of the four), and news names one
// by what is left of it or by its parts: "the wreck of the Edmund Fitzgerald", "the bow of the
// Endurance", "the hull of the Mary Rose". A body or a place has no bow, stern or hull, and a
// wreck "of the" a name is a craft's (a crash's is "the wreckage at", "the wreck on"). "the
// deck of" is left out: a card deck, and a building's deck ("the deck of the Empire State
// Building").

const PART_OF_THE = /\b(?:wreck|wreckage|bow|stern|hull|keel)[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+$/u;

/** Whether the name starting at `start` of `text` follows a ship's part or its wreck: "the
 *  wreck of the |Titanic". */
export function shipPartOf(text: string, start: number): boolean {
  return PART_OF_THE.test(text.slice(Math.max(0, start - 24), start));
}
