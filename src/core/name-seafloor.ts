// "the Puerto Rico Trench", "the Mid-Atlantic Ridge", "the Challenger Deep", "Kraken Mare" (a
// sea of Titan's): the sea floor's features and a world's seas are places. Their last words
// are surnames and common words too ("Marta Trench said", "Tom Ridge", "according to Sandra
// Deep"), so they weigh less than a mountain's features (name-landforms): a sea floor's
// feature is written with "the", and any person's vote, an apposition calling it a person, or
// a body's clear votes (mention-types reads those) outweigh either.

import { appositionType } from './apposition';

const SEAFLOOR_HEADS = new Set(['Trench', 'Ridge', 'Seamount', 'Deep', 'Abyss']);
// A world's sea takes no article ("Kraken Mare", "Mare Tranquillitatis" is no two-word end).
const SEA_HEADS = new Set(['Mare']);
const THE_BEFORE = /\bthe[ \t\u00a0]+$/i;

/** Whether a name of two words or more, with `before` and `after` the text around the mention,
 *  ends in a sea-floor feature's word after "the" or in a world's sea's word, where the context
 *  casts no person's vote (`personVotes`) and no apposition calls it a person. */
export function seafloorHead(words: readonly string[], personVotes: number, before: string, after: string): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || personVotes > 0) return false;
  if (!SEA_HEADS.has(last) && !(SEAFLOOR_HEADS.has(last) && THE_BEFORE.test(before))) return false;
  return appositionType(after) !== 'person';
}
