// "Winds would stay below 30 mph": the parser leaves "below" and "above" out of a figure's
// span (the highlight and the gold mark "30 mph"), yet they bound it as "under" and "over"
// do. A figure so bounded is judged as one: "below 30 mph" does not fall within a stored
// "up to 70 mph", it says less.

import { cachedPerFact } from './fact-cache';
import { passedFloor } from './figure-passed-floors';
import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const BOUND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(below|above)${S}$`, 'iu');

/** `q` with the bound written right before its span as its qualifier, for judging only (its
 *  text stays as found); `q` itself when it has a qualifier or none is written. */
export function withBoundBefore(sentence: string, q: Quantity): Quantity {
  if (q.qualifier !== null || q.kind !== 'number') return q;
  const m = BOUND_BEFORE.exec(sentence.slice(Math.max(0, q.start - 12), q.start));
  const qualifier = m?.[1]?.toLowerCase() ?? passedFloor(sentence, q); // figure-passed-floors.ts
  return qualifier === null ? q : { ...q, qualifier };
}

/** The stored fact with its figure's bound read as withBoundBefore reads a page's. */
export const factWithBoundBefore = cachedPerFact((fact): Fact => {
  const q = withBoundBefore(fact.where.sentence, fact.quantity);
  return q === fact.quantity ? fact : { ...fact, quantity: q };
});
