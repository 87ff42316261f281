// A medal tally grows from nothing as the Games go on: "China led the medal table with 11
// golds" early in the Games is the count whose final the store gives as 40, though a count
// under a third of another is otherwise taken for something else (figure-verdict.ts). Two
// tallies of medals won are one measure at any size, as a stored earlier value is.

import { MEDAL_TALLY, medalTally } from './figure-medal-tallies';
import type { Measured } from './figure-measured';
import type { Fact, Quantity } from './types';

/** Whether the page figure `q` of `sentence` and the stored `fact` are both medal tallies. */
export function talliesOfAnySize(sentence: string, q: Quantity, fact: Fact): boolean {
  return medalTally(sentence, q) !== null && medalTally(fact.where.sentence, fact.quantity) !== null;
}

/** Whether a stored tally is the page tally's winner's own, which, of tallies alike in every
 *  other way, is the one to set it against: France's eight golds against France's 16, not
 *  the unowned 40 of the table's leaders. */
export function sameWinner(page: Pick<Measured, 'events' | 'owners'>, stored: Pick<Measured, 'owners'> | null): boolean {
  return stored !== null && page.events.has(MEDAL_TALLY) && [...page.owners].some((o) => stored.owners.has(o));
}
