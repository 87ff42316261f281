// "CAL FIRE said the blaze was contained", "DE BEERS cut prices": a name of two or more
// words written all in capitals in running text is a body's brand, as agencies and firms
// style themselves; news writes a person's name in capitals only where a title, an age or
// a role says who they are. Datelines ("PORT SUDAN, Sudan —") are typed before this, and
// known names by the lexicon. Used by mention-types.ts where the name's form and the
// lexicon have not decided, so a stored all-caps name is typed a body in the store and the
// page's "Cal Fire" that links to it shows as one. Not a place the words around it put
// somewhere ("shoppers in NEW YORK"), nor a byline's names ("By JOHN SMITH and MARY JONES"),
// which a page writes in capitals as often as in title case.

import type { Votes } from './type-votes';
import { capsPersonCue } from './name-caps-persons';
import type { EntityType } from './types';

const CAPS_WORD = /^\p{Lu}{2,}$/u;
// "By JOHN SMITH", "By JOHN SMITH and MARY JONES", "BY ANN LEE, TOM HALE and …" at a line's start.
const BYLINE_BEFORE = /(?:^|\n)[ \t]*by[ \t]+(?:[\p{Lu}.'’-]+[ \t]+)*?(?:[\p{Lu}.'’-]+(?:,|[ \t]+and)[ \t]+)*$/iu;

/** 'org' for a name of two or more words all in capitals, unless a person's own cues (3
 *  votes or more: a title, an age) outweigh the body's, a place's cue outweighs them, or
 *  the name stands in a byline (`before` is the text before it); 'person' where the page
 *  says it is one (name-caps-persons: `after` the text after it, `page` the whole text);
 *  null otherwise. */
export function capsBodyType(words: string[], v: Votes, before = '', after = '', page = ''): EntityType | null {
  if (words.length < 2 || !words.every((w) => CAPS_WORD.test(w))) return null;
  if (capsPersonCue(words, after, page)) return 'person';
  if (v.place > v.org || BYLINE_BEFORE.test(before.slice(-200))) return null;
  return v.person >= 3 && v.person > v.org ? null : 'org';
}
