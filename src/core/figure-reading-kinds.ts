// Whether a page's figure and a stored one are the same kind of reading (sameKindOfReading),
// from what each says of itself: a medal tally, a move up or down, a total over several, an
// addition to another figure. compareFigure sets one page figure against every stored fact:
// the page's side is read once per figure and each fact's once per index (kept with the
// fact), not once per pair. Read per pair, every fact re-read the page's sentence for its
// figures: figures × facts × sentence length.
import { cachedPerFact } from './fact-cache';
import { addsToAnother } from './figure-additions';
import { medalTally } from './figure-medal-tallies';
import { isTotal, moveDirection, readsAsTotal } from './figure-readings';
import type { Quantity } from './types';

/** What one figure says of its kind of reading. */
export interface ReadingKind {
  form: Quantity['form'];
  /** A count of medals someone won (figure-medal-tallies.ts). */
  tally: boolean;
  /** Which way a move goes; null for a level. */
  move: 'up' | 'down' | null;
  /** Adds up several things ("€8 billion in four cases"). */
  total: boolean;
  /** Said as an addition to another ("another $6 million"). */
  added: boolean;
}

/** The page figure `q` of `sentence` (`found`: the sentence's figures, in order). */
export function pageReadingKind(sentence: string, q: Quantity, found: readonly Quantity[]): ReadingKind {
  return {
    form: q.form,
    tally: medalTally(sentence, q) !== null,
    move: moveDirection(sentence, q.start),
    total: readsAsTotal(sentence, q, found),
    added: addsToAnother(sentence, q),
  };
}

// Facts live as long as the index: each is read once.
/** A stored fact's, as its own sentence says it. */
export const storedReadingKind = cachedPerFact((fact): ReadingKind => {
  const { sentence, start, end } = fact.where;
  return {
    form: fact.quantity.form,
    tally: medalTally(sentence, fact.quantity) !== null,
    move: moveDirection(sentence, start),
    total: isTotal(sentence, start, end),
    added: addsToAnother(sentence, fact.quantity),
  };
});

/** A rise is not a fall ("shares rose 0.6%" against "shares fell 1%"), a count's change is not
 *  a count, and a sum over several things is not one of them ("€8 billion in four cases"
 *  against one €2.95 billion fine). An amount on top of another is only ever the one a stored
 *  text adds as well. */
export function sameKindOfReading(page: ReadingKind, fact: ReadingKind): boolean {
  if (page.added !== fact.added) return false;
  // A medal tally counts every medal won, "in all" or not (figure-medal-tallies.ts).
  if (page.tally && fact.tally) return true;
  if (page.move !== null && fact.move !== null && page.move !== fact.move) return false;
  // A count said as a move ("the toll rose to 3,564, up 479 from a week earlier") is how much a
  // count changed by, never a count itself.
  if (page.form === 'count' && fact.form === 'count' && (page.move === null) !== (fact.move === null)) return false;
  return page.total === fact.total;
}
