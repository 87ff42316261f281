// "Cousins moved the Falcons 43 yards", "drove the Saints 75 yards": a number after a
// capitalised plural is the distance a side was moved when a unit of length follows it. A
// model's or a series' name is singular ("Boeing 737", "Falcon 9", "Channel 12"), and a name
// with a number counts no length after it.

import { INLINE_SPACE as S } from './inline-space';

const CAP_PLURAL = /^\p{Lu}\p{Ll}+[^sua'’]s$/u;
const LENGTHS = new Set(['yards', 'yard', 'metres', 'meters', 'miles', 'feet', 'km', 'kilometres', 'kilometers']);
const WORD_BEFORE = new RegExp(String.raw`(\p{L}+)${S}$`, 'u');

/** Whether the count at `pos`, of `unit`, is a length a capitalised plural before it was moved. */
export function distanceMoved(text: string, pos: number, unit: string | null): boolean {
  if (unit === null || !LENGTHS.has(unit)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 30), pos))?.[1];
  return before !== undefined && CAP_PLURAL.test(before);
}
