// A second thing someone said: "Rabie said the canal had lost $12 million in revenue for each
// day it was shut, and that it would take about four days to clear the backlog". The clause
// after ", and that" is a statement of its own, so a figure in it that names no topic does not
// take the topics of the statement before (the four days are no revenue's).

import { INLINE_SPACE as S } from './inline-space';

const SAID_BEFORE = /\b(?:said|says|say|told|added|adds|announced|warned|estimated|reported|argued|insisted|noted|stressed|wrote)\b/i;
// "and that it would take", "and that the port would reopen"; not "and that figure rose", where
// "that" points back at a thing just named.
const AND_BEFORE = new RegExp(String.raw`\band${S}$`, 'i');
// "It" opens one only where it stands for nothing ("that it would take four days"): in "and
// that it reached 3.6% in June" it is the inflation just named.
const THAT_OPENS = new RegExp(String.raw`^that${S}(?:it${S}(?:(?:would|will|could|may|might|should|can|had|has)${S})?(?:take|takes|took|taken)|they|he|she|we|there|the|a|an|its|their|his|her|\p{Lu})\b`, 'u');

/** Whether the clause at `offset` of `sentence` is a second statement after a verb of saying. */
export function secondStatement(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  return AND_BEFORE.test(before) && THAT_OPENS.test(sentence.slice(offset)) && SAID_BEFORE.test(before);
}
