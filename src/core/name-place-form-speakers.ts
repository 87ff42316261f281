// "Hafnarfjörður said the road was closed", "Puerto Verde said output fell": a name whose own
// form is a place's (an Icelandic landform compound, a Spanish landform or harbour noun or
// article before it) that speaks is the town's council or a firm named for the place, not a
// person, which its form never was. Before this the speech verb's person vote outweighed the
// form, which yields to two of them (mention-types.ts). A title still makes it a person's, and
// so does "he" or "she" after the verb: "La Toya said she would sing" is a woman's name.
// Its officials or authorities ("Puerto Montt officials said") are the place's, as "Gaza
// officials" are Gaza's; only a firm's, a side's or a person's cue makes it no place.

import { nordicPlaceWord } from './name-nordic-places';
import { spanishArticlePlace } from './name-spanish-article-places';
import { spanishPlaceOpener } from './name-spanish-places';
import { INLINE_SPACE as S } from './inline-space';
import type { Votes } from './type-votes';

const SPEAKS_OF_SELF_AS_PERSON = new RegExp(String.raw`^${S}\p{Ll}+${S}(?:that${S})?(?:he|she)\b`, 'u');
const OFFICIALS_AFTER = new RegExp(String.raw`^${S}(?:officials|authorities)\b`, 'u');
const placeShaped = (words: readonly string[], before: string): boolean =>
  nordicPlaceWord(words) || spanishPlaceOpener(words) || spanishArticlePlace(words, before);

/** Whether a place-shaped name that votes as a speaking person is a body: `person`/`org`
 *  are its votes, `before`/`after` the text right before and after it. */
export function placeFormSpeaker(words: readonly string[], before: string, person: number, org: number, after = ''): boolean {
  return placeShaped(words, before) && person >= 2 && person >= org && !SPEAKS_OF_SELF_AS_PERSON.test(after);
}

/** Whether a place-shaped name before its "officials" (`after`) stays a place: no person's,
 *  firm's or side's votes. */
export function placeFormOfficials(words: readonly string[], before: string, after: string, v: Votes): boolean {
  return placeShaped(words, before) && OFFICIALS_AFTER.test(after) && v.person < 2 && v.firm === 0 && v.team === 0;
}
