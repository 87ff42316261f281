// "Economists said the average could fall below ¥4,000 by July": a level a figure is foreseen
// to drop under is a line it may cross later, not a reading of it now. A stored price of
// about ¥2,000 (another rice's) satisfies "below ¥4,000" and a stored record of ¥4,285 is
// not below it, yet neither agrees with nor contradicts a forecast of a crossing. Rises are
// read as what a figure could come to (figure-readings.ts, POSSIBLE_BEFORE); falls are not.
// Both ways: a stored forecast is no reading either ("fell to ¥2,000" does not agree with a
// stored "could fall below ¥4,000"), while two forecasts of a fall are set against each other.

import { INLINE_SPACE as S } from './inline-space';
import { cachedPerFact } from './fact-cache';
import type { Fact, Quantity } from './types';

const FORESEES = String.raw`(?:could|may|might|will|would|should|(?:is|are|was|were)${S}(?:expected|forecast|projected|predicted|likely|set|due)${S}to)`;
const FALL = String.raw`(?:fall|drop|dip|sink|slip|slide|ease|come${S}down)`;
// The foreseeing verb, a falling verb (an adverb between allowed), then "below"/"under" and
// at most a currency sign before the figure's digits.
const FORESEEN_FALL = new RegExp(String.raw`\b${FORESEES}${S}(?:\p{Ll}+ly${S})?${FALL}${S}(?:below|under|beneath)${S}[^\s\d]{0,3}$`, 'iu');

/** Whether the figure `q` of `sentence` is a level the sentence foresees something falling under. */
export function foreseenFall(sentence: string, q: Quantity): boolean {
  const digit = q.text.search(/\d/);
  const lead = digit < 0 ? q.text : q.text.slice(0, digit);
  return FORESEEN_FALL.test(sentence.slice(Math.max(0, q.start - 80), q.start) + lead);
}

const storedForeseen = cachedPerFact((fact): boolean => foreseenFall(fact.where.sentence, fact.quantity));

/** Whether one of the page's figure (a foreseen fall or not, `pageForeseen`) and the stored
 *  `fact` is a level foreseen to be fallen under and the other is not. */
export function foreseenApart(pageForeseen: boolean, fact: Fact): boolean {
  return pageForeseen !== storedForeseen(fact);
}
