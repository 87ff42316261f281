// A name's head word weighed against the votes of its mentions' context: where the cues are
// strong enough, they overrule what the head word alone would make of the name.

import { EVENT_HEADS, EVENT_OPENERS } from './entity-cues';
import { headWord, structuralType } from './name-form';
import { venueWord } from './name-venues';
import type { Votes } from './type-votes';
import type { EntityType } from './types';

// "in Kachin State", "across Lagos State": a state that is a country's region, where the
// place votes outweigh the body's ("Islamic State fighters", "Ohio State coach").
export const region = (words: string[], v: Votes): EntityType | null =>
  words.length > 1 && words[words.length - 1] === 'State' && v.place > v.org ? 'place' : null;
// "the Six Nations match": a fixture is named for its competition, whatever the head word.
export const competition = (words: string[], name: string, v: Votes): EntityType | null =>
  v.event >= 3 && v.event > v.org && structuralType(words, name) === 'org' ? 'event' : null;
// "fell to third in the Eastern Conference": a table's place is in a league, whatever the
// head word says of events.
export const league = (words: string[], name: string, v: Votes): EntityType | null =>
  v.team >= 3 && v.org > v.event && structuralType(words, name) === 'event' ? 'org' : null;
// "the Rose Bowl car park": a ground named for its event is a place.
export const venue = (words: string[], name: string, v: Votes): EntityType | null =>
  v.site >= 2 && v.place > v.event && structuralType(words, name) === 'event' ? 'place' : null;
// "coach Ryan Day", "Chris Day, 34,": an event's head word may be a surname ("Day",
// "Fair"), and a person's strong cues (a title, a role before, an age after) outweigh the
// event it suggests. A speech verb alone does not: an event's organisers speak by its name
// ("Web Summit said").
export const surnamed = (words: string[], v: Votes): EntityType | null => {
  const eventHead = words.length > 1 && !EVENT_OPENERS.has(words[0] ?? '') && EVENT_HEADS.has(headWord(words));
  return eventHead && v.person >= 3 && v.person > v.event ? 'person' : null;
};
// "beat the Capitals 4-3 at the United Center": a centre where games are played is a venue,
// where its head would make it a body (name-venues).
export const arena = (words: string[], v: Votes): EntityType | null =>
  venueWord(words) && v.site >= 2 && v.place > v.org ? 'place' : null;
