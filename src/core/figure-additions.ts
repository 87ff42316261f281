// A figure given as an addition to one before it ("released another $6 million", "has
// promised a further €10 million", "500,000 more doses", "about 2,000 extra doses") is a new
// amount on top of what was reported, not a reading of a stored figure given whole: the
// same value would be a coincidence, another value no difference. Two additions may be one
// ("two more cuts this year" in both).

import { daysOwnMove } from './figure-day-moves';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const ADDED_BEFORE = new RegExp(String.raw`\b(?:another|a${S}further|an${S}additional|an${S}extra)${S}$`, 'i');
const ADDED_AFTER = new RegExp(String.raw`^${S}(?:more|extra|additional|further)\b(?!${S}than\b)`, 'i');

/** Whether the figure `q` of `sentence` is said as an addition to another. */
export function addsToAnother(sentence: string, q: Quantity): boolean {
  if (q.kind !== 'number' || daysOwnMove(sentence, q)) return false;
  const before = sentence.slice(Math.max(0, q.start - 20), q.start);
  return ADDED_BEFORE.test(before) || (q.unit === null || !q.text.includes(q.unit) ? ADDED_AFTER.test(sentence.slice(q.end, q.end + 16)) : false);
}
