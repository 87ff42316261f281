// A place's adjective alone is no name ("the Bavarian premier", "Texan voters"), as the
// guidelines read demonyms. The country list knows countries' demonyms (places.ts); regions
// and cities have none there, so they are told by their form beside a known place.

import { PLAIN_WORD } from './name-pieces';
import type { EntityMention } from './types';

/** The places a word could be the adjective of: "Bavarian" → Bavaria, "Californian" →
 *  California, "Texan" → Texas, "Parisian" → Paris, "Bostonian" → Boston. */
export function adjectiveStems(word: string): string[] {
  // Its people in the plural are no name either: "Parisians", "Texans", "Bavarians".
  if (word.endsWith('ans')) return adjectiveStems(word.slice(0, -1));
  if (!PLAIN_WORD.test(word) || !word.endsWith('an') || word.length < 5) return [];
  const stems = [word.slice(0, -1), `${word.slice(0, -1)}s`];
  if (word.endsWith('ian')) stems.push(word.slice(0, -3));
  return stems.filter((s) => s.length >= 4);
}

/** Drops one-word mentions that are the adjective of a place the lexicon knows or the text
 *  names ("Söder, the Bavarian premier … in Bavaria"). A word known as a name itself stays
 *  ("Jordan"), as do longer names that open with one ("Bavarian Nordic"). */
export function withoutPlaceAdjectives(
  mentions: EntityMention[],
  isKnownPlace: (name: string) => boolean,
  isKnown: (name: string) => boolean,
): EntityMention[] {
  const named = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.text));
  const isPlace = (name: string): boolean => named.has(name) || isKnownPlace(name);
  return mentions.filter((m) => isKnown(m.text) || !adjectiveStems(m.text).some(isPlace));
}
