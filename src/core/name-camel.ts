// A one-word name with a capital inside after two small letters or more is a company's or an
// agency's coinage ("TriMet", "BlackRock", "PayPal", "FedEx"), never a person's: surnames with
// an inner capital open with a short prefix ("McCall", "DeSantis", "LeBron") or with one of a
// few longer ones ("MacDonald", "VanDyke", "VanderMeer", "AbdelRahman"). Initials run into a
// word are a coinage too ("JPMorgan"): three capitals or more, since two may be an Irish or
// Italian name written without its apostrophe ("OReilly", "DAngelo"). So is a lower-case
// start with a capital inside ("easyJet", name-lower-camel). Used by name-form.ts.

import { isLowerCamelName } from './name-lower-camel';

const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
const INITIALS_RUN_IN = /^\p{Lu}{3,}\p{Ll}{3,}$/u;
const SURNAME_PREFIX = /^(?:Mac|Van|Vander|Vanden|Von|Fitz|Abdel|Abdul|Del|Della|Des|Dos|Das|San|Ten|Ter)\p{Lu}/u;

/** Whether a single word is a coined body's name by its inner capital. */
export function isCoinedName(word: string): boolean {
  return (INNER_CAPITAL.test(word) && !SURNAME_PREFIX.test(word)) || INITIALS_RUN_IN.test(word) || isLowerCamelName(word);
}

/** Whether the word at `index` of a longer name makes the name a body's: a coined word, but
 *  as a first word only initials run in ("JPMorgan Chase"), since given names are joined so
 *  too ("MaryAnn Keller", "AnnaSophia Robb"). */
export function isCoinedWordOfName(word: string, index: number): boolean {
  return index === 0 ? INITIALS_RUN_IN.test(word) : isCoinedName(word);
}
