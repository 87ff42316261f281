// A figure that leaves its unit to the one it is paired with: "raised its appeal to 115
// million Swiss francs on Tuesday, from 100 million", "from 100 million to 115 million Swiss
// francs". The bare "100 million" is the same kind of sum, the level the change started from.

import { scorePairOf } from './figure-score-pairs';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// "to <figure> …, from <bare>": the old level after the new one, a few words apart.
const FROM_AFTER = new RegExp(String.raw`^[^.;:!?\n]{0,40}?,?${S}from${S}$`);
const TO_BEFORE = new RegExp(String.raw`\bto${S}$`);
// "from <bare> to <figure>".
const FROM_BEFORE = new RegExp(String.raw`\bfrom${S}$`);
const TO_BETWEEN = new RegExp(String.raw`^${S}to${S}$`);
// The scale word a bare figure and its pair share ("million"), or neither has.
const SCALE = /\b(?:thousand|million|billion|trillion|bn|m)\b/i;

/** `q` with the unit and form of the figure it is paired with by "from … to", if it is a
 *  bare count that leaves its unit to that one; else `q` itself. `found` are the sentence's
 *  quantities. */
export function withPairedUnit(sentence: string, q: Quantity, found: readonly Quantity[]): Quantity {
  if (q.form !== 'count' || q.unit !== null || q.kind !== 'number') return q;
  // "11 golds to 9 for the United States" (figure-score-pairs.ts).
  const score = scorePairOf(sentence, q, found);
  if (score !== null) return { ...q, unit: score.unit };
  const scale = SCALE.exec(q.text)?.[0]?.toLowerCase();
  const pair = found.find((p) => {
    if (p === q || p.unit === null || (p.form !== 'money' && p.form !== 'count')) return false;
    if (SCALE.exec(p.text)?.[0]?.toLowerCase() !== scale) return false;
    if (p.end <= q.start) return FROM_AFTER.test(sentence.slice(p.end, q.start)) && TO_BEFORE.test(sentence.slice(Math.max(0, p.start - 8), p.start));
    return TO_BETWEEN.test(sentence.slice(q.end, p.start)) && FROM_BEFORE.test(sentence.slice(Math.max(0, q.start - 8), q.start));
  });
  return pair === undefined ? q : { ...q, form: pair.form, unit: pair.unit };
}
