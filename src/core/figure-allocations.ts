// "The deal sets aside $10.03 billion for the owners, $2.7 billion for a fund to cut nitrogen
// oxides and $2 billion for charging stations": each sum of a list that shares one out, one
// "for" each, is a part of that whole, not a figure of the whole. It is no reason to say a
// stored sum of the deal ("an agreement of about $1 billion for about 80,000 cars") differs;
// only a stored sum shared out the same way may. An equal value still agrees.

import { cachedPerFact } from './fact-cache';
import { INLINE_SPACE as S } from './inline-space';
import { findQuantities } from './quantities';
import type { Fact, Quantity } from './types';

// Not "for the first quarter", "for the year": a sum for a period is the whole's, in time.
const PERIOD = String.raw`(?:(?:the|a|an|its|this|that|each)${S})?(?:(?:first|second|third|fourth|fiscal|full|whole|next|last|past|current|same|calendar)${S})?(?:quarter|year|half|month|week|day|period|decade|season)s?\b`;
const FOR_AFTER = new RegExp(String.raw`^${S}for${S}(?!${PERIOD})`, 'i');

/** Whether the sum `q` of `sentence` is one of two or more sums there, each followed by "for". */
export function allocatedPart(sentence: string, q: Quantity, found: readonly Quantity[]): boolean {
  const sharedOut = (f: Quantity) => f.form === 'money' && FOR_AFTER.test(sentence.slice(f.end, f.end + 48));
  return sharedOut(q) && found.filter(sharedOut).length >= 2;
}

const storedAllocated = cachedPerFact((fact) => allocatedPart(fact.where.sentence, fact.quantity, findQuantities(fact.where.sentence)));

/** Whether a difference between the page sum `q` and the stored `fact` says nothing: one is a
 *  share of a list the other is not. */
export function allocationsApart(sentence: string, q: Quantity, found: readonly Quantity[], fact: Fact): boolean {
  return allocatedPart(sentence, q, found) !== storedAllocated(fact);
}
