// "In Smith's view", "in Ortega's words", "to Hale's wife": a name owning a view, a mind or a
// kin is a person's, and the preposition before it governs what is owned, not the name, so it
// is no vote for a place ("in Gaza's north" keeps its place by the lexicon).

import { INLINE_SPACE as S } from './inline-space';

// What a person owns that a place does not: a view of things, their words, their kin. A kin
// word before a body or a town is a modifier a place or a firm owns too ("Dorvale's sister
// city", "the mother church", "Norvell's family of brands"). What is owned shares the name's
// line; the veto of a body after it reads across lines, as it only takes a reading away.
const PERSON_OWNED = new RegExp(
  String.raw`^['’]s?${S}(?:own${S})?(?:views?|opinion|words|eyes|mind|judge?ment|estimation|telling|recollection|memoir|wife|husband|son|daughter|mother|father|brother|sister|widow|parents|family|lawyer|lawyers|attorney|attorneys)\b(?!\s+(?:city|cities|town|towns|company|companies|firm|firms|ship|ships|church|churches|paper|papers|station|stations|brand|brands|club|clubs|school|schools|airline|airlines|party|parties|plant|plants|group|groups|of\s+(?:brands|companies|firms|funds|products)))`,
  'u',
);

/** Whether the text right after a name (`after`) has it own a person's view, words or kin. */
export function ownsPersonsThing(after: string): boolean {
  return PERSON_OWNED.test(after);
}

// … but a view, a judgement or a lawyer is a body's as much as a person's: "In Microsoft's
// view", "in the court's judgement", "Meta's lawyers said". These still keep the preposition
// from voting a place, and vote no person: a lone surname is a person's by its full name
// earlier on the page (the surname rule), a firm's lone name has nothing else to go by.
const HELD_BY_BODIES_TOO = new RegExp(String.raw`^['’]s?${S}(?:own${S})?(?:views?|opinion|judge?ment|estimation|lawyers?|attorneys?)\b`, 'u');

/** Whether what the name owns in `after` is held by bodies too, so no vote for a person. */
export function ownsBodysThingToo(after: string): boolean {
  return HELD_BY_BODIES_TOO.test(after);
}
