// A saint's name with a possessive and no name after it is a town or a church, not the saint:
// "400 miles south of St. John's, Newfoundland", "a pier in St. John's on Wednesday", "the
// choir of St. Paul's". The possessive is the name's own, inside its span. With a capitalised
// word after it, it opens a longer name ("St. John's College", "St. Paul's Cathedral"), which
// is read as before.

import type { Piece } from './name-pieces';

const SAINT = /^(?:St\.?|Saint|Ste\.?)$/;
const GIVEN = /^\p{Lu}\p{Ll}+$/u;
// "'s" closing the word, then punctuation or a word that goes on with the sentence, not a noun
// the saint owns ("St. John's gospel") nor a longer name.
const POSSESSIVE_ALONE =
  /^['’]s(?:[,.;:)—–]|[ \t\u00a0]+(?:on|in|at|to|and|or|for|from|with|by|was|is|has|had|where|which|until|before|after|since|—|–)(?![\p{L}\d])|$)/u;

/** Where the place's name ends (after its "'s") when the run is a saint's name written as a
 *  place, "St. John" of "St. John's, Newfoundland"; otherwise undefined. */
export function saintPlaceEnd(text: string, run: Piece[]): number | undefined {
  const [first, last] = run;
  if (run.length !== 2 || first === undefined || last === undefined) return undefined;
  if (!SAINT.test(first.text) || !GIVEN.test(last.text)) return undefined;
  return POSSESSIVE_ALONE.test(text.slice(last.end, last.end + 24)) ? last.end + 2 : undefined;
}
