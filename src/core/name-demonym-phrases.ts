// A people's word of two or more words alone is no name either ("South Korean President Yoon",
// "the Sri Lankan economy", "Saudi Arabian officials"): the one-word demonyms are dropped by
// name-trim and places-adjectives, but a run that a compass or another word opens keeps the
// whole phrase, which then read as a body. Names it opens keep it ("South African Airways",
// "Central African Republic"): only a mention that is the phrase itself goes. Used by entities.ts.

import type { EntityMention } from './types';

/** `mentions` without those whose whole text is a demonym of more than one word. */
export function withoutDemonymPhrases(mentions: EntityMention[], isDemonym: (name: string) => boolean): EntityMention[] {
  return mentions.filter((m) => !(m.text.includes(' ') && isDemonym(m.text)));
}
