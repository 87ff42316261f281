// The one normalisation used wherever two written names are compared: quotes unified, dots
// of acronyms dropped ("U.S." = "US"), possessive and spacing removed. Case is kept, because
// "US" (the country) and "us" (the pronoun) are different words. `linkKey` also drops the
// accents of Latin letters, for linking; `aliasKey` keeps them, as its result is also shown.

import { foldAccents } from './fold-accents';

const CURLY = /[‘’ʼ]/g;
const CURLY_DOUBLE = /[“”]/g;
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;
const POSSESSIVE = /'s?$/;
const SPACES = /\s+/g;
/** Characters the rewrites below touch: quotes, dots, white space other than single spaces
 *  between words. Most names have none, and this runs for every candidate name of a page. */
const NEEDS_KEY = /[‘’ʼ“”'.]|[^\S ]|\s\s|^\s|\s$/;

export function aliasKey(name: string): string {
  if (!NEEDS_KEY.test(name)) return name;
  return name
    .replace(CURLY, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(SPACES, ' ')
    .trim()
    .replace(POSSESSIVE, '');
}

/** The key two written names link by: aliasKey, accents of Latin letters aside, so "Pedro
 *  Sánchez" and "Pedro Sanchez" are one name. Case still counts. Never shown to the reader. */
export function linkKey(name: string): string {
  return foldAccents(aliasKey(name));
}
