// "310,000 tonnes in all" restates "the 310,000 tonnes sold at auction", and "covered more
// than 10,000 square miles in four days" the stored "a search covering more than 10,000
// square miles": whether a figure is said as a sum over several (figure-reading-kinds.ts) is
// then only in how it is put. The same count in the same unit is the sign of the same figure;
// a different one keeps the total apart from any one of its parts. Counts only: a share or a
// sum of a round value recurs by chance ("raised their pay by 25% over four years" is another
// union's contract than the stored 25% raise), and "€8 billion in four cases" is no one fine.

import type { ReadingKind } from './figure-reading-kinds';
import { sameValueInUnit } from './figure-same-value';
import type { Quantity } from './types';

type Figure = Pick<Quantity, 'value' | 'unit' | 'form'>;

/** Whether the page's and the stored readings differ only in being said as a total, of one
 *  value in one unit. */
export function restatedTotal(page: ReadingKind, stored: ReadingKind, q: Figure, fact: Figure): boolean {
  if (page.total === stored.total || page.added !== stored.added || page.move !== stored.move || page.tally !== stored.tally) return false;
  return q.form === 'count' && fact.form === 'count' && sameValueInUnit(q, fact);
}
