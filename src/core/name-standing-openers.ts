// "Royal Caribbean", "Federal Express", "Standard Chartered": a word of standing or reach
// opens companies' and institutions' names, so with no head word to say more the name is a
// body's. But it opens places' ("Royal Oak", "Federal Way"), events' ("Royal Ascot") and a
// few people's names too ("Royal Robbins"), so it gives way to the page's cues where they
// say more for another type than for a body ("in Federal Way", "Royal Oak, a suburb of
// Detroit"). Before a country or a continent it says nothing (name-standing-places). Used by
// mention-types.ts after the name's own form (name-form) has found no head.

import { isCountryOrContinent } from './name-standing-places';
import type { Votes } from './type-votes';
import type { EntityType } from './types';

// None is a given name in news ("General" is a title: "General Herzi Halevi").
const BODY_ADJECTIVES = new Set(['Royal', 'National', 'Federal', 'Imperial', 'Global', 'International', 'United', 'Allied', 'Consolidated', 'Continental', 'Universal', 'Standard']);

// What may follow a place's or an event's name: a verb's helper, a preposition, a time.
const AFTER_PLACE = new Set(['will', 'would', 'is', 'was', 'has', 'had', 'have', 'are', 'were', 'could', 'can', 'may', 'might', 'should', 'must', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'near', 'last', 'this', 'next', 'and', 'or', 'where', 'which', 'that']);
const WORD_AFTER = /^(?:['’]s?\b|[ \t\u00a0]+(\p{Ll}+))/u;

/** Whether some mention of `name` in `text` owns or modifies what follows ("Standard
 *  Chartered's office", "Federal Express headquarters"), as a body's name does and where a
 *  preposition before it says nothing of a place. */
function modifiesSomething(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const m = WORD_AFTER.exec(text.slice(at + name.length, at + name.length + 24));
    if (m !== null && (m[1] === undefined || !AFTER_PLACE.has(m[1]))) return true;
  }
  return false;
}

/** 'org' for a name a word of standing opens, unless its mentions' votes `v` favour a place
 *  or an event where the name modifies nothing, or a person by a person's own cues (a
 *  title, an age: a speech verb's 2 is a body's too); null when no such word opens it. */
export function standingOpenerType(words: string[], v: Votes, text: string): EntityType | null {
  if (words.length < 2 || !BODY_ADJECTIVES.has(words[0] ?? '') || isCountryOrContinent(words[1] ?? '')) return null;
  const elsewhere = (v.place > v.org || v.event > v.org) && !modifiesSomething(words.join(' '), text);
  return elsewhere || (v.person >= 3 && v.person > v.org) ? null : 'org';
}
