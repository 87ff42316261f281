// "recovered the bodies of two of the six road workers who died": a count said as a share of
// a number after it that is a toll ("who died", "killed in") is a part of the dead, and what
// follows the whole is the whole's, not the part's. The part is no reading of a stored toll.
// Other parts ("328 of the 630 seats") are read as before.

import { deadCalledBack } from './figure-dead-callbacks';
import { isNumberWord } from './number-words';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// "of the six road workers", "of 12 miners": the whole's number and up to three words of its noun.
const OF_NUMBER_AFTER = new RegExp(String.raw`^${S}of${S}(?:(?:the|its|their)${S})?(\d[\d,]*|\p{L}+)((?:${S}\p{Ll}+){1,3}?)(?=${S_OPT},?${S_OPT}(?:who|that|killed|dead|slain)\b)`, 'u');

/** Whether the figure ending at `end` of `sentence` is a part "of" a toll right after it. */
export function partOfToll(sentence: string, end: number): boolean {
  const after = sentence.slice(end);
  const m = OF_NUMBER_AFTER.exec(after);
  const first = m?.[1];
  if (m === null || first === undefined || !(/^\d/.test(first) || isNumberWord(first.toLowerCase()))) return false;
  return deadCalledBack(after.slice(m[0].length));
}
