// A medal tally grows from nothing as the Games go on: "China led the medal table with 11
// golds" early in the Games is the count whose final the store gives as 40, though a count
// under a third of another is otherwise taken for something else (figure-verdict.ts). Two
// tallies of medals won are one measure at any size, as a stored earlier value is.
// But only as tallies of one table: the same winner's, or both said of the medal table.
// "Teddy Riner has won three golds" is no early tally of the 40 the table's leaders won, nor
// "France won 5 golds in judo" (a part, by sport or venue) an early one of France's 16.

import { MEDAL_TALLY, medalTally } from './figure-medal-tallies';
import type { Measured } from './figure-measured';
import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const TABLE = new RegExp(String.raw`\bmedals?${S}(?:table|tally|count|standings)\b`, 'i');
// "in judo", "at the pool": a part of a tally; "in all", "in total" the whole.
const PART_AFTER = new RegExp(String.raw`^${S}(?:in|at)${S}(?!all\b|total\b)(?:the${S})?\p{Ll}`, 'u');

/** Whether the page figure `q` of `sentence` and the stored `fact` are both whole medal
 *  tallies of one table: the same winner's (`page`, `stored` measured) or both of the table. */
export function talliesOfAnySize(sentence: string, q: Quantity, fact: Fact, page: Pick<Measured, 'events' | 'owners'>, stored: Pick<Measured, 'owners'>): boolean {
  if (medalTally(sentence, q) === null || medalTally(fact.where.sentence, fact.quantity) === null) return false;
  if (PART_AFTER.test(sentence.slice(q.end))) return false;
  return sameWinner(page, stored) || (TABLE.test(sentence) && TABLE.test(fact.where.sentence));
}

/** Whether a stored tally is the page tally's winner's own, which, of tallies alike in every
 *  other way, is the one to set it against: France's eight golds against France's 16, not
 *  the unowned 40 of the table's leaders. */
export function sameWinner(page: Pick<Measured, 'events' | 'owners'>, stored: Pick<Measured, 'owners'> | null): boolean {
  return stored !== null && page.events.has(MEDAL_TALLY) && [...page.owners].some((o) => stored.owners.has(o));
}
