// "… offline as temperatures fell to minus 2 degrees Fahrenheit in Dallas, and some 4.5
// million homes and businesses lost power": a temperature is read at one place, so the place
// said right after it is the reading's, not one said for the sentence's other figures. Taken
// for them, the homes and the share of capacity were Dallas's, and the stored statewide
// "Some 4.5 million homes … in Texas" and "about 40% of the grid's capacity" met neither.

import { INLINE_SPACE as S } from './inline-space';
import { findQuantities } from './quantities';
import type { Quantity } from './types';

const TEMPERATURE_UNITS = new Set(['degrees', '°c', '°f']);
const TEMPERATURE_HINT = /degrees|°|\d[CF]\b/;
// "… degrees Fahrenheit in Dallas", "104F in Phoenix": the place phrase after the reading, up
// to its capitalised words' end.
const PLACE_AFTER_Y = new RegExp(
  String.raw`(?:${S}(?:Fahrenheit|Celsius|F|C)\b)?${S}(?:in|at)${S}(?:the${S})?\p{Lu}[\p{L}'’.]*(?:${S}\p{Lu}[\p{L}'’.]*)*`,
  'uy',
);
// "38C in Seville, where 2,000 homes lost power": the clause 'where' opens is set at the
// reading's place, so that place stays its figures' too.
const WHERE_AFTER = new RegExp(String.raw`^,?${S}where\b`, 'i');

/** `sentence` with the place phrase after every temperature other than `q` blanked out,
 *  offsets kept, for reading the places of `q`. */
export function withoutReadingPlaces(sentence: string, q: Quantity): string {
  // Most sentences hold no temperature: the quantities are read again only where one may be.
  if (!TEMPERATURE_HINT.test(sentence)) return sentence;
  let out = sentence;
  for (const p of findQuantities(sentence)) {
    if (p.start === q.start || p.unit === null || !TEMPERATURE_UNITS.has(p.unit)) continue;
    PLACE_AFTER_Y.lastIndex = p.end;
    const m = PLACE_AFTER_Y.exec(sentence);
    if (m && !WHERE_AFTER.test(sentence.slice(p.end + m[0].length))) out = out.slice(0, p.end) + ' '.repeat(m[0].length) + out.slice(p.end + m[0].length);
  }
  return out;
}
