// The tally of a name's type votes over all its mentions, the pick from it, and the type a
// name takes with no vote at all. Split from entity-typing.ts, which casts the votes.

import { NAME_CONNECTORS, TOWER_HEADS } from './entity-cues';
import { headWord } from './name-form';
import type { EntityType } from './types';

/** Votes per type; `team` counts the sports-side cues among the org votes, and `firm` the
 *  org votes of a body said to be based somewhere ("Ascension, which is based in St. Louis"),
 *  speaking of itself as "it" ("Toyota said its raise") or listed after a plural kind noun
 *  ("carmakers such as Toyota"): the only ones strong enough to retype a city or region. `site` counts the place votes
 *  that only a ground or a building gets ("the Rose Bowl car park"), the only ones strong
 *  enough to retype an event's head word. `borrowed` counts the place votes read off the
 *  names listed with it (name-listed), not its own context. */
export type Votes = Record<EntityType, number> & { team: number; site: number; firm: number; borrowed: number };

export function noVotes(): Votes {
  return { person: 0, org: 0, place: 0, event: 0, team: 0, site: 0, firm: 0, borrowed: 0 };
}

/** Best-voted type, or null without any vote. Ties go person > org > place > event. */
export function bestVote(votes: Votes): EntityType | null {
  let best: EntityType | null = null;
  let score = 0;
  for (const t of ['person', 'org', 'place', 'event'] as const) {
    if (votes[t] > score) {
      best = t;
      score = votes[t];
    }
  }
  return best;
}

/** Without any evidence: two to four capitalised words are most often a person's name in
 *  news ("Avi Ohayon", "Aung San Suu Kyi", "Andrés Manuel López Obrador"); one word or a
 *  longer name is most often an organisation ("Nvidia", "Arsenal"), since a lone surname is
 *  caught by the surname rule, and a body of four words has a head word. */
export function defaultType(words: string[], mentionsPlace: boolean): EntityType {
  if (words.some((w) => NAME_CONNECTORS.has(w))) return 'person'; // "Jan Paul van Hecke"
  // "Grenfell Tower", "the Tower of London": a tower is a building, where no title or speech
  // verb has made it a person ("Senator John Tower").
  if (words.length > 1 && TOWER_HEADS.has(headWord(words))) return 'place';
  // A name with a place or people in it ("New England Patriots", "Reform UK") is rarely a
  // person's; used only when nothing else typed it.
  if (mentionsPlace) return 'org';
  return words.length >= 2 && words.length <= 4 ? 'person' : 'org';
}
