// One type for a stored name that two texts type differently: the first text's, as news
// introduces a name where it says what it is, unless both typed it by their context's votes
// alone and a later text's votes say more. "The Seine, the other star …, held" votes only the
// article's "the" for a body; "sailed down the Seine", "held in the Seine itself" are a
// river's. Votes borrowed from the names listed beside it (name-listed) count for nothing
// here: "in Wayne, Michigan, and Stellantis" says little of Stellantis.

import type { EntityType } from './types';
import type { Votes } from './type-votes';

/** How strongly a text's votes type a name: the votes for its type, less the borrowed. */
export function ownVotes(votes: Votes, type: EntityType): number {
  return votes[type] - (type === 'place' ? votes.borrowed : 0);
}

/** A stored name's type so far, and how strongly its votes gave it (undefined: the
 *  lexicon, the name's form or a fixed position gave it). */
export interface Weighed {
  type: EntityType;
  evidence?: number | undefined;
}

/** Takes a later mention's type where its votes type the name more strongly. */
export function weighType(kept: Weighed, later: Weighed): void {
  if (kept.evidence === undefined || later.evidence === undefined || later.evidence <= kept.evidence) return;
  kept.type = later.type;
  kept.evidence = later.evidence;
}
