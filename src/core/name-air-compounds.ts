// "Hot Air balloons filled the sky", "the Open Air theatre": English writes "open-air",
// "hot-air" and "mid-air" as adjectives before a noun; capitalised (a sentence's start, a
// poster's style) they are no body's name, though "Air" ends airlines' ("Endeavor Air"). The
// name alone, before a verb or nothing, stays ("Open Air said", the theatre's own name).

import type { EntityMention } from './types';

const AIR_COMPOUND = /^(?:Open|Hot|Mid)[ \t\u00a0]Air$/;
// A lower-case word right after that is no verb or function word: the noun the compound
// goes with. A past tense in "-ed" is the name's verb ("Hot Air reported", "Open Air closed").
const NOUN_AFTER =
  /^[ \t\u00a0]+(?!(?:and|or|of|on|in|at|to|for|with|from|by|as|is|was|are|were|has|had|have|said|says|will|would|which|who|that)\b|\p{Ll}+ed\b)\p{Ll}/u;

/** Drops "Open Air", "Hot Air", "Mid Air" written before a noun. */
export function withoutAirCompounds(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.filter((m) => !AIR_COMPOUND.test(m.text) || !NOUN_AFTER.test(text.slice(m.end, m.end + 20)));
}
