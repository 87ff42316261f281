// "About 300 toll collectors walked off the job", "the toll road carried 40,000 cars": a toll
// that names a charge for a road or a bridge is no death toll, yet the lexicon reads every
// "toll" as the dead, so the collectors' or the cars' count was set against a stored count of
// dead. A toll is a charge where a noun of the charge follows it ("toll booths", "toll-free");
// "tolls" is read as nothing already.

import { eventLemma } from './measure-lexicon';
import { INLINE_SPACE as S } from './inline-space';

const CHARGE_NOUNS = String.raw`(?:collectors?|booths?|roads?|plazas?|revenues?|bridges?|lanes?|gantr(?:y|ies)|charges?|fees?|rates?|prices?|increases?|hikes?|tags?|pass(?:es)?|operators?|highways?|motorways?|expressways?|tunnels?|systems?|gates?|receipts|income|free|payments?|cameras?|exemptions?|discounts?|evasion|violations?|transponders?|stations?|schemes?)`;
// "The toll increases to 40", "the toll passes 100": a verb of the count, not a noun of the charge.
const AS_VERB = String.raw`(?:increases|passes|charges)${S}(?:to|past|by|over|above|beyond|\d)`;
const CHARGE_AFTER = new RegExp(String.raw`^(?:-|${S})(?!${AS_VERB})${CHARGE_NOUNS}\b`, 'iu');
const WORD = /\p{L}+/gu;

/** Whether every word of `sentence` the lexicon reads as the dead is a toll that is a charge,
 *  and there is one: the figures of the sentence then measure no dead. */
export function onlyRoadTolls(sentence: string): boolean {
  let charged = false;
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (eventLemma(w) !== 'dead') continue;
    const end = m.index + m[0].length;
    if (w !== 'toll' || !CHARGE_AFTER.test(sentence.slice(end, end + 30))) return false;
    charged = true;
  }
  return charged;
}
