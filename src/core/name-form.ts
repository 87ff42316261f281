// A name's own form as evidence of its type: its head word ("Bank of England" → "Bank"), an
// opener ("Operation …", "FC …"), an ampersand, an acronym. Decisive where it speaks, unlike
// the context's votes (entity-typing.ts), from which it was split.

import { isGermanSpaTown } from './name-german-towns';
import { endsInPartyPlural } from './name-party-plurals';
import { opensOnDeutsch } from './name-german-bodies';
import { isSeasonStorm } from './name-season-storms';
import {
  ARABIC_ORG_OPENERS, ARTICLE_ORG_OPENERS, BUILDING_HEADS, CLUB_OPENERS, EVENT_HEADS, EVENT_OPENERS,
  NAME_PREPOSITIONS, ORG_HEADS, PLACE_HEADS, PLACE_OPENERS, SELF_NAMING_EVENTS, SITE_CENTRE_WORDS,
} from './entity-cues';
import { DAY_WORDS } from './calendar-words';
import { isCoinedName, isCoinedWordOfName } from './name-camel';
import { PLAIN_WORD } from './name-pieces';
import { endsInCoastHead } from './name-coast-heads';
import { isPossessiveTitle } from './name-possessive-titles';
import { isGeneralTrade } from './name-trade-heads';
import { isPeopleForName } from './name-for-groups';
import type { EntityType } from './types';
import { isUtilityName } from './name-utility-pairs';
import { endsInLegalForm } from './name-legal-forms';

/** An acronym as a name's word: "PSA", "U.N.". */
export const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
const BODY_ACRONYM = /^\p{Lu}{3,6}$/u;
// Roman numerals of kings, heirs and editions ("XIV", "III", "LIX"), which "CDC" is not.
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Roman numerals and years that number an edition: "Super Bowl LIX", "Euro 2024".
const EDITION = /^(?:[IVXLC]+|\d{4})$/;

/** The word that decides a name's type from its own form: "Bank of England" → "Bank". */
export function headWord(words: string[]): string {
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  if (of > 0) return words[of - 1] ?? '';
  let last = words.length - 1;
  while (last > 0 && EDITION.test(words[last] ?? '')) last--;
  return words[last] ?? '';
}

/** Type that follows from the name itself, or null when only context can tell; `written` is
 *  the name as the text spells it, with what lies between its words. */
export function structuralType(words: string[], written = words.join(' ')): EntityType | null {
  const first = words[0] ?? '';
  if (words.length === 1) {
    if (ACRONYM.test(first)) return 'org';
    if (SELF_NAMING_EVENTS.has(first)) return 'event';
    if (isCoinedName(first)) return 'org';
  }
  // "JPMorgan Chase", "First Citizens BancShares": a coined word makes the whole name a body's.
  if (words.some(isCoinedWordOfName)) return 'org';
  if (words.length > 1 && (EVENT_OPENERS.has(first) || isSeasonStorm(words))) return 'event';
  if (words.length > 1 && (CLUB_OPENERS.has(first) || ARABIC_ORG_OPENERS.has(first) || ARTICLE_ORG_OPENERS.has(first))) return 'org';
  if (opensOnDeutsch(words)) return 'org'; // "Deutsche Bahn" (name-german-bodies)
  // No person's name has an ampersand ("Brighton & Hove Albion", "Marks & Spencer", "S&D",
  // "AT&T"; the tokens leave it out, so the written name tells) or a capitalised preposition
  // ("Doctors Without Borders").
  if (written.includes('&') || words.some((w, i) => i > 0 && NAME_PREPOSITIONS.has(w))) return 'org';
  if (endsInPartyPlural(words)) return 'org'; // "Social Democrats" (name-party-plurals)
  if (isUtilityName(words)) return 'org'; // "Florida Power and Light" (name-utility-pairs)
  if (endsInLegalForm(words)) return 'org'; // "Uniper GmbH" (name-legal-forms)
  // "USA Today", "Russia Today": a name ending in the day is a paper's or a programme's.
  if (words.length > 1 && DAY_WORDS.has(words[words.length - 1] ?? '')) return 'org';
  const head = headWord(words);
  // A launch site's centre is a place ("Kennedy Space Center"), another centre a body.
  const beforeHead = words[words.indexOf(head) - 1] ?? '';
  if ((head === 'Center' || head === 'Centre') && SITE_CENTRE_WORDS.has(beforeHead)) return 'place';
  if (namedForPerson(words)) return 'place';
  // "City Hall", "Town Hall", "State House": the seat of a town's or state's government, named
  // as a building; no surname is "City" and no body is named so.
  if (words.length === 2 && BUILDING_HEADS.has(words[1] ?? '') && CIVIC_WORDS.has(first)) return 'place';
  if (EVENT_HEADS.has(head)) return 'event';
  if (ORG_HEADS.has(head) || isGeneralTrade(words) || isPeopleForName(words) || isPossessiveTitle(written)) return 'org';
  // A cape, an isle or a strait as the last word is also a surname (name-coast-heads.ts).
  if (PLACE_HEADS.has(head) && !endsInCoastHead(words)) return 'place';
  if (words.length > 1 && PLACE_OPENERS.has(first)) return 'place';
  if (isGermanSpaTown(words)) return 'place'; // "Bad Bodendorf" (name-german-towns)
  // With no head word to say more, a body's acronym after a word in ordinary case ("Africa
  // CDC", "Texas DSHS") is no person's: a person's letters are initials ("JD Vance") or a
  // numeral ("Louis XIV").
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && BODY_ACRONYM.test(last) && !ROMAN.test(last) && /\p{Ll}/u.test(first)) return 'org';
  // A word of standing with no head ("Royal Caribbean") is weighed against the page's cues
  // (name-standing-openers).
  return null;
}

// "the Konrad Adenauer House": a building word after what may be a given name and surname
// (two or more ordinary words, none a head: "the Senate House" is the Senate's) names it.
function namedForPerson(words: string[]): boolean {
  const before = words.slice(0, -1);
  const plain = (w: string): boolean => PLAIN_WORD.test(w) && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w) && !EVENT_HEADS.has(w);
  return BUILDING_HEADS.has(words[words.length - 1] ?? '') && before.length >= 2 && before.every(plain);
}

const CIVIC_WORDS = new Set(['City', 'Town', 'County', 'State', 'Village']);

/** "Eaton" of "the Eaton fire", "Nova" of "the Nova festival": an event named by one plain
 *  word before its noun, so the word alone may be what it was named for. Not an event whose
 *  name is whole on its own ("Holocaust") nor a mission's designation ("Crew-10"). */
export function eventNamedForWord(name: string): boolean {
  return PLAIN_WORD.test(name) && !SELF_NAMING_EVENTS.has(name);
}
