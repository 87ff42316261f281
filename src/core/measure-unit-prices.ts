// A sum said for one unit of goods is a price: "about ¥2,000 a bag", "¥4,285 for a
// 5-kilogram bag", "$3.10 a gallon", "€1.80 per kilo". Without the word "price" in its
// clause such a sum had no topic, so a page's restatement of a stored price met nothing.
// A sum a time ("$20 an hour", "$5 million a year") is a rate of pay or spending, and a sum
// a person or a household ("$1,200 a head") an allowance: neither is a price of goods. The
// price of one seat, ticket, share… keeps its own mark (measure-phrases.ts, perOne).

import { INLINE_SPACE as S } from './inline-space';
import { PER_ONE_NOUNS } from './measure-per-one';
import type { Quantity } from './types';

const PRICE = 'price';
// "a bag", "per kilogram", "for a 5-kilogram bag", "for each tonne": the noun of one unit,
// with at most a size before it; "$250,000 each for a seat" is a seat's (perOne).
// "for a" only with the unit's size: "$2 million for a new library" is what one thing cost,
// no price a unit that another story's "¥2,000 a bag" could be.
const PER_UNIT_AFTER = new RegExp(
  String.raw`^${S}(?:a|an|per|(?:each${S})?for${S}(?:each|every)|(?:each${S})?for${S}(?:a|an)(?=${S}[\d.,]+[-\u2010\u2011]))${S}(?:[\d.,]+[-\u2010\u2011]\p{L}+${S})?(\p{Ll}+)(?![\w'’-])`,
  'u',
);
// Nouns of time and of people: a rate or an allowance, not a price of goods.
const NOT_GOODS = new RegExp(
  String.raw`^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|season|term|game|match|episode|visit|time|head|capita|person|people|adult|child|worker|employee|member|household|family|resident|citizen|student|patient|voter|month-?long|lot|bit|piece|while|${PER_ONE_NOUNS})$`,
  'u',
);

/** The topic of a sum that is the price of one unit of goods, or null. */
export function unitPrice(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  const noun = PER_UNIT_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1];
  return noun === undefined || NOT_GOODS.test(noun) ? null : PRICE;
}
