// "The bill needed at least 218 votes to pass": a floor a rule sets is a threshold, not a count
// made at some moment, so a stored count above it ("passed with 311 votes") neither restates
// it nor contradicts it. The precise-floor reading (figure-page-floors.ts) would have set
// 218 against 311 and said "differs".

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const FLOOR_TEXT = new RegExp(String.raw`^(?:at${S}least|more${S}than|over|a${S}minimum${S}of|no${S}(?:fewer|less)${S}than)[^\S\n]`, 'iu');
const NEED_BEFORE = new RegExp(String.raw`\b(?:needs?|needed|needing|requires?|required|requiring|must${S}(?:have|win|get|reach|gather|collect))${S}$`, 'iu');

/** Whether the page floor `q` of `sentence` is a threshold some rule requires. */
export function requiredFloor(sentence: string, q: Quantity): boolean {
  return FLOOR_TEXT.test(q.text) && NEED_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start));
}
