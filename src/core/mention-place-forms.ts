// Names built from known places or peoples, typed by that form: a club named for its city, a
// region named by a compass word, a company opened by peoples joined with a hyphen.

import { COMPASS_WORDS, GIVEN_NAME_GROUP_WORDS } from './entity-cues';
import { compassRegion } from './name-compass-regions';
import { compassCompoundPlace } from './name-compass-compounds';
import type { EntityType } from './types';

const HYPHEN = /[-‑]/;

// "Manchester City", "Leicester City": a known city with "City" added that is not itself a
// known city ("Mexico City", "Gaza City") is a club.
export const sportsClub = (words: string[], isPlace: (name: string) => boolean): EntityType | null =>
  words.length === 2 && words[1] === 'City' && isPlace(words[0] ?? '') ? 'org' : null;

// "Southern California", "Lower Saxony": a compass word before a known place ("North-East
// Atlantic": a point of two, name-compass-compounds).
export const compassPlace = (words: string[], text: string, start: number, isPlace: (name: string) => boolean): EntityType | null =>
  (words.length > 1 && COMPASS_WORDS.has(words[0] ?? '') && isPlace(words.slice(1).join(' '))) || compassCompoundPlace(words, isPlace) || compassRegion(text, start, words)
    ? 'place'
    : null;

// "Italian-Thai Development said": peoples joined by a hyphen open a company's name, never a
// person's, so a speech verb after it (a person's vote) does not make it one. Discovery
// keeps them in a name only before one word that is no known name ("Iranian-American Jason
// Rezaian" leaves them out).
export const peoplesOpen = (words: string[], isNonName: (name: string) => boolean): EntityType | null => {
  const first = words[0] ?? '';
  return words.length > 1 && HYPHEN.test(first) && first.split(HYPHEN).every(isNonName) ? 'org' : null;
};

/** A place or a people among a longer name's words: an institution's name, by default. */
export function namesPlace(
  words: string[],
  lexType: (name: string) => EntityType | undefined,
  isMinor: (name: string) => boolean,
  isNonName: (name: string) => boolean,
): boolean {
  // A town's name in a two-word name may be a given name or a surname ("John Bolton",
  // "Austin Reaves"); in a longer one, or a country's, it marks an institution.
  // A faith word that is a given name opens a person's name ("Christian Lindner").
  const givenFirst = words.length === 2 && GIVEN_NAME_GROUP_WORDS.has(words[0] ?? '');
  // Peoples joined by a hyphen are a demonym too ("Italian-Thai Development").
  return (
    words.length > 1 &&
    words.some(
      (w) =>
        (lexType(w) === 'place' && (words.length > 2 || !isMinor(w))) ||
        (isNonName(w) && !givenFirst) ||
        (HYPHEN.test(w) && w.split(HYPHEN).every(isNonName)),
    )
  );
}
