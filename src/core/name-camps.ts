// "The talks at Camp David ended", "Marines at Camp Lejeune": a camp's word and one more word
// is a base, a retreat or a ground, a place, though the second word is a given name ("David")
// and two capitalised words with no cue default to a person. "Camp" is hardly a given name.
// A body's or a person's cue still wins ("Camp Fire said it would merge": a charity's "it").
// Not where the second word is a disaster's or an event's ("the Camp Fire destroyed Paradise",
// a wildfire; "Camp Summit"): those are named for what happened, not a ground.
// Used by mention-types.ts, after the heads a name ends in.

import { EVENT_HEADS } from './entity-cues';
import type { EntityType } from './types';

const HAPPENINGS = new Set(['Fire', 'Fires', 'Flood', 'Floods', 'Blaze', 'Storm', 'Shooting', 'Attack', 'Raid']);

/** 'place' for "Camp <Word>" with no body's or person's cue of weight, else null. */
export function campPlace(words: readonly string[], orgVotes: number, personVotes: number): EntityType | null {
  if (words.length !== 2 || words[0] !== 'Camp' || orgVotes >= 2 || personVotes >= 2) return null;
  const second = words[1] ?? '';
  return HAPPENINGS.has(second) || EVENT_HEADS.has(second) ? null : 'place';
}
