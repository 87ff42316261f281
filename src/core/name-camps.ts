// "The talks at Camp David ended", "Marines at Camp Lejeune": a camp's word and one more word
// is a base, a retreat or a ground, a place, though the second word is a given name ("David")
// and two capitalised words with no cue default to a person. "Camp" is hardly a given name.
// A body's or a person's cue still wins ("Camp Fire said it would merge": a charity's "it").
// Used by mention-types.ts, after the heads a name ends in.

import type { EntityType } from './types';

/** 'place' for "Camp <Word>" with no body's or person's cue of weight, else null. */
export function campPlace(words: readonly string[], orgVotes: number, personVotes: number): EntityType | null {
  return words.length === 2 && words[0] === 'Camp' && orgVotes < 2 && personVotes < 2 ? 'place' : null;
}
