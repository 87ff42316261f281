// Whose a count of the dead is: a stored story's lead institution owns the figures its
// sentences leave unowned (figure-owners.ts), as a central bank's rates or a court's fines are
// its own. People who died are no body's figure by default: "the families of the six workers
// who died", in a story led by the Justice Department's settlement, is not the department's
// count, and a page crediting a toll to the NTSB or the state must still meet it.

import { countFamily } from './figure-families';
import { measureOf } from './measure';
import type { Quantity } from './types';

/** Whether `q` of `sentence` counts people who died, by its noun or what its clause says. */
export function countsTheDead(sentence: string, q: Quantity): boolean {
  if (q.form !== 'count' || q.kind !== 'number') return false;
  if (countFamily(q.unit).events.includes('dead')) return true;
  const family = countFamily(q.unit, measureOf(sentence, q)).family;
  return (family === 'person' || family === null) && measureOf(sentence, q).includes('dead');
}
