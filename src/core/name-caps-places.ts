// "He flew to ROME on Tuesday", "ROME, the capital, was hot": a known place's name written in
// capitals outside a dateline is the place where the words around it put a place (a
// preposition of place, an apposition that names one), though a word in capitals reads as
// a body's acronym by its form. Not where nothing does: "NICE said the drug was too costly"
// is the health body, not the city. Used by mention-types.ts before the name's form.

import { appositionType } from './apposition';
import { ordinaryCase } from './page-lines';
import type { EntityType } from './types';

const CAPS_WORD = /^\p{Lu}{2,}$/u;

/** Whether the capitalised `words` name a place the lexicon knows in ordinary case, which
 *  the page's cues (`place` and `org` votes, `after` the text after it) put somewhere. */
export function capsKnownPlace(
  words: readonly string[],
  lexType: (name: string) => EntityType | undefined,
  place: number,
  org: number,
  after: string,
): boolean {
  if (words.length === 0 || !words.every((w) => CAPS_WORD.test(w))) return false;
  if (lexType(ordinaryCase(words.join(' '))) !== 'place') return false;
  return place > org || appositionType(after) === 'place';
}
