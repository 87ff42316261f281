// "Jeep Grand Cherokee sport utility vehicles and Ram pickups with 3.0-litre engines": an
// engine size in vehicles a name says are another maker's is another engine, so it neither
// restates nor contradicts a stored size of unnamed or other vehicles ("about 80,000 cars
// with 3.0-litre engines" in a Volkswagen story). An engine's size is no body's figure
// (figure-engine-sizes.ts), so the maker is read here, from the engine's own phrase.

import { engineSize } from './figure-engine-sizes';
import { INLINE_SPACE as S } from './inline-space';
import type { Fact, Quantity } from './types';

// "<Name> pickups with", "<Name> sport utility vehicles with", "<Name>'s", "a <Name>"; on one
// line, so a heading's last word names no maker for the paragraph's vehicles.
const NAMED_VEHICLES = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}\d-]*)(?:${S}\p{Ll}[\p{Ll}-]*){1,3}${S}with${S}$`, 'u');
const NAMED_RIGHT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}\d-]*)(?:['\u2019]s)?${S}$`, 'u');
/** The maker an engine's phrase names before the size `q` in `sentence`, or null. A
 *  sentence's first word is capitalised whatever it is ("Regulators said cars with …"). */
function makerOf(sentence: string, q: { start: number }): string | null {
  const from = Math.max(0, q.start - 60);
  const before = sentence.slice(from, q.start);
  const m = NAMED_VEHICLES.exec(before) ?? NAMED_RIGHT_BEFORE.exec(before);
  const name = m?.[1];
  if (m === null || name === undefined) return null;
  const at = from + m.index + m[0].indexOf(name);
  return /^[\s"'\u2018\u201c(]*$/u.test(sentence.slice(0, at)) ? null : name;
}

/** Whether the page's engine size `q` and the stored `fact` are sizes of two makers' engines. */
export function enginesOfOtherMakers(sentence: string, q: Quantity, fact: Fact): boolean {
  if (!engineSize(sentence, q) || !engineSize(fact.where.sentence, fact.quantity)) return false;
  return makerOf(sentence, q) !== makerOf(fact.where.sentence, fact.quantity);
}
