// "at the Dominion Theatre", "the Teatro Colón", "the Odeon Cinema": a theatre's or a cinema's
// name is the building's, a place, where no clear cue makes it the company that plays there
// ("the National Theatre said it would tour"). Its head weighs as a mountain's feature does
// (name-landforms): less than a body's own cues.

import type { EntityType } from './types';

const THEATRE_HEADS = new Set(['Theatre', 'Theater', 'Cinema', 'Playhouse']);
const THEATRE_OPENERS = new Set(['Teatro', 'Théâtre']);

/** 'place' for a theatre's name with no more than the "the" before it for a body or a person. */
export function theatreBuilding(words: readonly string[], orgVotes: number, personVotes: number): EntityType | null {
  if (words.length < 2 || orgVotes >= 2 || personVotes >= 2) return null;
  return THEATRE_HEADS.has(words[words.length - 1] ?? '') || THEATRE_OPENERS.has(words[0] ?? '') ? 'place' : null;
}
