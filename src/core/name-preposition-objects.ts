// "Flights to Denver were cancelled", "Tickets for Leeds were sold out": a name right after "to",
// "for", "toward(s)", "via", "against" or "by" is that preposition's object, not the subject of
// the plural verb after it, so it casts no side's "were" (entity-typing.ts, which already
// leaves out "of", "in", "from" and the others of GOVERNED_BEFORE). Before this, a city
// travellers fly to was typed a team, an org.

import { INLINE_SPACE as S } from './inline-space';

const OBJECT_OF = new RegExp(String.raw`\b(?:to|for|toward|towards|via|against|by)${S}(?:the${S})?$`, 'iu');

/** Whether the text right before a name (`before`) makes it a preposition's object. */
export function prepositionObject(before: string): boolean {
  return OBJECT_OF.test(before);
}
