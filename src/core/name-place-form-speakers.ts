// "Hafnarfjörður said the road was closed", "Puerto Verde said output fell": a name whose own
// form is a place's (an Icelandic landform compound, a Spanish landform or harbour noun or
// article before it) that speaks is the town's council or a firm named for the place, not a
// person, which its form never was. Before this the speech verb's person vote outweighed the
// form, which yields to two of them (mention-types.ts). A title still makes it a person's.

import { nordicPlaceWord } from './name-nordic-places';
import { spanishArticlePlace } from './name-spanish-article-places';
import { spanishPlaceOpener } from './name-spanish-places';

/** Whether a place-shaped name that votes as a speaking person is a body: `person`/`org`
 *  are its votes, `before` the text right before it. */
export function placeFormSpeaker(words: readonly string[], before: string, person: number, org: number): boolean {
  const placeShaped = nordicPlaceWord(words) || spanishPlaceOpener(words) || spanishArticlePlace(words, before);
  return placeShaped && person >= 2 && person >= org;
}
