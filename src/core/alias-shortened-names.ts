// The shorter forms news writes for a name, each its alias: without the place or country
// that owns the body ("FAIR Plan", "Army"), a river by its own word ("the Potomac"), a body
// without "of the …" ("the Supreme Court"); and whether a stored spelling spells out a
// lexicon name's abbreviation. Split from aliases.ts, which tries them in resolveForm.

import { GENERIC_HEADS } from './entity-cues';
import type { Lexicon } from './name-lexicon';

const ABBREVIATION = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u;

/** "California FAIR Plan" → "FAIR Plan": a known place before a name with a word in capitals
 *  of its own says whose body it is, and news drops it as it drops "of the …" below. The
 *  rest must keep that word, so "California Department of Justice" keeps its place. */
export function withoutOwnerPlace(name: string, lexicon: Lexicon): string | null {
  const words = name.split(' ');
  const rest = words.slice(1);
  if (rest.length < 2 || lexicon.names.get(words[0] ?? '') !== 'place') return null;
  return rest.some((w) => ABBREVIATION.test(w)) ? rest.join(' ') : null;
}

// A nation's own bodies, which its news names by the head alone ("the Army", "Congress").
const NATIONAL_HEADS = new Set(['Army', 'Navy', 'Congress', 'Senate', 'Parliament']);

/** "U.S. Army" → "Army": a country before one head of a nation's own body says whose it is,
 *  and news drops it as above. A city's keeps it ("Chicago Police"; "Police" is no such
 *  head either), as does any other head ("Washington Post": a post is no nation's body). */
export function withoutOwnerCountry(name: string, lexicon: Lexicon): string | null {
  const words = name.split(' ');
  const owner = words[0] ?? '';
  const head = words[1] ?? '';
  if (words.length !== 2 || !NATIONAL_HEADS.has(head)) return null;
  return lexicon.names.get(owner) === 'place' && !lexicon.minor?.has(owner) ? head : null;
}

/** "Potomac River" → "Potomac": news names a river by its own word alone ("the Potomac"),
 *  unless that word is a known name of its own ("Jordan" is the country, not the Jordan River). */
export function riverAlone(name: string, lexicon: Lexicon): string | null {
  const words = name.split(' ');
  const own = words[0] ?? '';
  if (words.length !== 2 || words[1] !== 'River' || own.length < 4) return null;
  return lexicon.names.has(own) ? null : own;
}

/** The stored text spells out a lexicon name that abbreviates: "Democratic Republic of the
 *  Congo" for "DR Congo". The name is then the fullest form the stored articles use. */
export function spelledOut(written: string, variantName: string): boolean {
  return ABBREVIATION.test(variantName) && !ABBREVIATION.test(written) && written.split(' ').length > variantName.split(' ').length;
}

/** An organisation's name without the "of the …" that says whose body it is: news writes
 *  "the Court of Justice" for the "Court of Justice of the European Union" and "the Supreme
 *  Court" for the "Supreme Court of the United States". Null unless what is left is still a
 *  name of two capitalised words or more: the "Council of the European Union" is not
 *  "Council", which is any council. */
export function withoutWhose(name: string): string | null {
  const at = name.lastIndexOf(' of the ');
  if (at <= 0) return null;
  const short = name.slice(0, at);
  const capitalised = short.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length >= 2 && !GENERIC_HEADS.has(short) ? short : null;
}
