// A one-word name with a capital inside after two small letters or more is a company's or an
// agency's coinage ("TriMet", "BlackRock", "PayPal", "FedEx"), never a person's: surnames with
// an inner capital open with a short prefix ("McCall", "DeSantis", "LeBron") or with one of a
// few longer ones ("MacDonald", "VanDyke", "FitzGerald", "DesJarlais"). Initials run into a
// word are a coinage too ("JPMorgan"), as no person's name is written so. Used by name-form.ts.

const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
const INITIALS_RUN_IN = /^\p{Lu}{2,}\p{Ll}{3,}$/u;
const SURNAME_PREFIX = /^(?:Mac|Van|Von|Fitz|Del|Della|Des|Dos|Das|San|Ten|Ter)\p{Lu}/u;

/** Whether a single word is a coined body's name by its inner capital. */
export function isCoinedName(word: string): boolean {
  return (INNER_CAPITAL.test(word) && !SURNAME_PREFIX.test(word)) || INITIALS_RUN_IN.test(word);
}
