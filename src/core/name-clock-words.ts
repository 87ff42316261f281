// "They met at Thanksgiving", "the vote is at Noon": a feast's name is a time of year, as
// the calendar list's "Christmas" and "Easter" are (calendar-words CALENDAR), and a time of day
// after a preposition of time is a time, however a page capitalises it; neither is a name, so
// neither reads as a body by default. Used by name-runs.ts beside the calendar list. Only a
// word standing alone: "the Thanksgiving Day Parade", "Halloween Horror Nights", "Sunset
// Boulevard" are names whose other words decide; "Dawn Butler said", with no "at" before it,
// is a person.

import { SPEECH_VERBS } from './entity-cues';
import { isStateName } from './state-abbreviations';

const FEASTS = new Set(['Thanksgiving', 'Halloween', 'Hallowe’en', "Hallowe'en", 'Hogmanay', 'Kwanzaa', 'Diwali', 'Lent', 'Pentecost', 'Whitsun', 'Yuletide', 'Michaelmas', 'Candlemas']);
const TIMES_OF_DAY = new Set(['Noon', 'Midnight', 'Midday', 'Dawn', 'Dusk', 'Daybreak', 'Nightfall', 'Sunrise', 'Sunset']);
const TIME_PREPOSITION = /\b(?:at|by|until|till|before|after|around|past|since|towards?)[ \t\u00a0]+$/i;
// A capitalised word right after, which would make it part of a longer name.
const NAME_NEXT = /^[ \t\u00a0]+\p{Lu}/u;
// What only a name takes after it: a verb of speech ("after Dawn said goodbye", a person) or
// its state after a comma, the state closing the phrase ("at Sunrise, Florida.", a town; not
// "At Midnight, Ohio polls closed").
const NAME_AFTER = /^(?:[ \t\u00a0]+(\p{Ll}+)|,[ \t\u00a0]+(\p{Lu}\p{L}*(?:[ \t\u00a0]\p{Lu}\p{L}*)?)(?=[,.;:)]|$))/u;
const nameAfter = (after: string): boolean => {
  const m = NAME_AFTER.exec(after);
  return m !== null && ((m[1] !== undefined && SPEECH_VERBS.has(m[1])) || (m[2] !== undefined && isStateName(m[2])));
};

/** Whether the word text[start, end) is a feast's name or, after a preposition of time, a time
 *  of day, standing alone. */
export function clockWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!FEASTS.has(word) && !TIMES_OF_DAY.has(word)) return false;
  if (NAME_NEXT.test(text.slice(end, end + 3))) return false;
  return FEASTS.has(word) || (!nameAfter(text.slice(end, end + 30)) && TIME_PREPOSITION.test(text.slice(Math.max(0, start - 10), start)));
}
