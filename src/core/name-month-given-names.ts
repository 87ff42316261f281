// "June Carter sang", "the singer April Ryan", "August Wilson wrote": a month that is also a
// given name opens a person's name before a capitalised word, where nothing makes it the
// calendar's: no number after it ("June 5"), no word of time before it ("in June Carter
// signed", "since April Fed officials", "last May", "early June"). Without this the month
// ended the run, and the surname stood alone, typed by whatever followed it.
// Opening a sentence, "May" is the wish's ("May God bless"), so only the other three count.

import { INLINE_SPACE as S } from './inline-space';

const GIVEN_MONTHS = new Set(['April', 'May', 'June', 'August']);
const OPENING_MONTHS = new Set(['April', 'June', 'August']);
// The word before: a month's own preposition or time word makes it the date.
const DATE_LEAD =
  /\b(?:in|on|by|since|until|till|from|through|to|of|last|next|early|late|mid|this|that|each|every|before|after|during|throughout|between|and|or|for|around|about|coming|past)[^\S\n]*$/iu;
// A capitalised word of the name, and no number after it ("June Carter 3" is no name).
const SURNAME_AFTER = new RegExp(String.raw`^${S}\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])(?!${S}\d)`, 'u');

/** Whether month word `word` opens a person's name inside a sentence: `before`/`after` are
 *  the text around it. */
export function monthOpensGivenName(word: string, before: string, after: string): boolean {
  return GIVEN_MONTHS.has(word) && SURNAME_AFTER.test(after) && !DATE_LEAD.test(before);
}

/** Whether a sentence's first run is a month's given name and a surname: "June Carter".
 *  `plain` says whether the second word is a word of its own (no known name, no common
 *  word written lower elsewhere), as a surname is. */
export function monthGivenNameOpens(words: readonly string[], plain: (word: string) => boolean): boolean {
  const [month = '', surname = ''] = words;
  return words.length === 2 && OPENING_MONTHS.has(month) && /^\p{Lu}\p{Ll}+$/u.test(surname) && plain(surname);
}
