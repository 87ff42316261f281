// "the Dixie Fire burned 900,000 acres", "The Camp Fire destroyed the town": a wildfire is
// named by a word and "Fire" (or "Complex" for several fought as one), and is an event where
// its sentence speaks of burning. A body named "Fire" speaks or has members ("Cal Fire said",
// "Oakland Fire officials", "Chicago Fire fans"), and a club's sentence burns nothing.
// A building's "Complex" ("the Sports Complex was evacuated", "the Medical Complex was
// destroyed by the flood") is evacuated or destroyed too: a complex's sentence must speak of
// fire itself.

import { ORG_MEMBER_NOUNS, ROLE_NOUNS, SPEECH_VERBS } from './entity-cues';
import { INLINE_SPACE as S } from './inline-space';

const FIRE_HEADS = new Set(['Fire', 'Fires', 'Complex']);
const BURNING = /\b(?:burn(?:ed|t|ing|s)?|scorch(?:ed|ing)|acres|hectares|contain(?:ed|ment)|evacuat\w*|firefight\w*|blazes?|wildfires?|flames|embers|crews|ignit\w*|destroyed)\b/iu;
// Words of fire only, not of any disaster: what a complex's sentence must hold.
const FIRE_ITSELF = /\b(?:burn(?:ed|t|ing|s)?|scorch(?:ed|ing)|acres|hectares|contain(?:ed|ment)|firefight\w*|blazes?|wildfires?|flames|embers|ignit\w*)\b/iu;
const SENTENCE_END = /[.!?]\s/gu;
// The word after the name on its line: a heading's name says nothing of the paragraph's first word.
const NEXT_WORD = new RegExp(String.raw`^['’]?s?${S}([a-z]+)`, 'u');
// A club's people after its name: "Chicago Fire fans"; its roles too ("Chicago Fire defender", ROLE_NOUNS).
const SIDE_NOUNS = new Set(['fans', 'coach', 'players', 'player', 'manager', 'striker', 'goalkeeper', 'squad']);
// A disaster's people after the name: "Camp Fire survivors", "Dixie Fire evacuees" are the
// fire's, where no club or body has survivors or victims.
const DISASTER_PEOPLE = new Set(['survivors', 'victims', 'evacuees']);

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(SENTENCE_END)) from = (m.index ?? 0) + m[0].length;
  const rest = text.slice(end).search(/[.!?](?:\s|$)/u);
  return text.slice(from, rest < 0 ? text.length : end + rest);
}

/** 'event' for a wildfire's name: two words or more ending in a fire's head, no person's
 *  cue (`person`), no speech or member after it, and a word of burning in its sentence
 *  other than the name itself. */
export function wildfireEvent(words: string[], person: number, text: string, start: number, end: number): 'event' | null {
  if (words.length < 2 || !FIRE_HEADS.has(words[words.length - 1] ?? '') || person > 0) return null;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  if (next !== undefined && DISASTER_PEOPLE.has(next) && words[words.length - 1] !== 'Complex') return 'event';
  if (next !== undefined && (SPEECH_VERBS.has(next) || ORG_MEMBER_NOUNS.has(next) || SIDE_NOUNS.has(next) || ROLE_NOUNS.has(next))) return null;
  const sentence = sentenceAround(text, start, end);
  const without = sentence.replace(text.slice(start, end), ' ');
  return (words[words.length - 1] === 'Complex' ? FIRE_ITSELF : BURNING).test(without) ? 'event' : null;
}
