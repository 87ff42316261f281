// A count let go and a count still held are two measures of one group: "the release of 33
// hostages" and "with 91 hostages still in Gaza", "rehired 120 workers" and "80 workers remain
// laid off". Their shared words (hostages, Gaza) make them look alike, so without this the
// released 33 both agreed with a stored 33 and differed from the stored 91.

import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

type Side = 'freed' | 'held' | null;

const LEAD = String.raw`(?:${S}(?:of|the|a|all|another|some|about|around|roughly|approximately|nearly|almost|at${S}least|more${S}than|up${S}to|only|just|a${S}further|an${S}estimated))*`;
const FREED_BEFORE = new RegExp(String.raw`\b(?:release|releases|released|releasing|free|frees|freed|freeing|rehire|rehires|rehired|rehiring|reinstate|reinstates|reinstated|reinstating)${LEAD}${S}$`, 'i');
const FREED_AFTER = new RegExp(String.raw`^(?:${S}[\p{L}'’-]+){0,3}?${S}(?:(?:were|was|have${S}been|has${S}been|had${S}been|are|is|will${S}be|would${S}be|to${S}be|being)${S})?(?:released|freed|rehired|reinstated|set${S}free)\b`, 'iu');
const HELD_BEFORE = new RegExp(String.raw`\b(?:remaining|still(?:${S}(?:holds|holding|held|hold|jails|jailed|has|have|had))?)${LEAD}${S}$`, 'i');
const HELD_AFTER = new RegExp(String.raw`^(?:${S}[\p{L}'’-]+){0,3}?${S}(?:still|remain|remains|remained|remaining|left${S}(?:in|behind|on|at))\b`, 'iu');

/** Whether the count `q` of `sentence` is one let go ("freed"), one still held ("held"), or neither. */
export function releaseSide(sentence: string, q: Quantity): Side {
  const head = sentence.slice(Math.max(0, q.start - 60), q.start);
  const tail = sentence.slice(q.end, q.end + 60);
  if (HELD_BEFORE.test(head) || HELD_AFTER.test(tail)) return 'held';
  if (FREED_BEFORE.test(head) || FREED_AFTER.test(tail)) return 'freed';
  return null;
}

/** True when one figure counts those let go and the other those still held. */
export function releasedAndStillHeld(sentence: string, q: Quantity, fact: Fact): boolean {
  const page = releaseSide(sentence, q);
  if (page === null) return false;
  const stored = releaseSide(fact.where.sentence, fact.quantity);
  return stored !== null && stored !== page;
}
