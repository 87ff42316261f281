// The one normalisation used wherever two written names are compared: quotes unified, dots
// of acronyms dropped ("U.S." = "US"), possessive and spacing removed. Case is kept, because
// "US" (the country) and "us" (the pronoun) are different words.

const CURLY = /[‘’ʼ]/g;
const CURLY_DOUBLE = /[“”]/g;
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;
const POSSESSIVE = /'s?$/;
const SPACES = /\s+/g;

export function aliasKey(name: string): string {
  return name
    .replace(CURLY, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(SPACES, ' ')
    .trim()
    .replace(POSSESSIVE, '');
}
