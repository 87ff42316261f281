// "on Christmas Day", "on New Year's Eve", "the Lunar New Year holiday": a holiday named by
// more than its feast word is one day or season of the year named as a whole, an event as
// "Memorial Day" and "Boxing Day" are (EVENT_HEADS' "Day"). The feast word alone stays a
// time of year and no name ("at Christmas", "at Thanksgiving", "Christmas 2024", as "summer
// 2024" is: calendar-words, name-clock-words). Without this "Christmas" ended the run and left
// "Day" an event of its own, "Eve" a body, and "Lunar New Year" a person or a body.
// Used by name-runs.ts (joins) and mention-types.ts (the type).

import type { EntityType } from './types';

// The calendar's feasts that name a day with "Day" or "Eve" after them.
const FEAST_OPENS = new Set(['Christmas', 'Easter']);
const DAY_OR_EVE = /^[ \t\u00a0]+(?:Day|Eve)(?![\p{L}\p{N}])/u;
const DAY_WORDS = new Set(['Day', 'Eve']);

/** Whether the calendar word `word`, with `after` the text right after it, opens a holiday's
 *  name ("Christmas Day", "Easter Eve") instead of ending the run. */
export function feastOpensDay(word: string, after: string): boolean {
  return FEAST_OPENS.has(word) && DAY_OR_EVE.test(after);
}

/** Whether `word` goes on the run `words` after its possessive: "New Year's Day", "New Year's Eve". */
export function newYearsDay(words: string[], word: string): boolean {
  return DAY_WORDS.has(word) && words.length >= 2 && words[words.length - 2] === 'New' && words[words.length - 1] === 'Year';
}

/** 'event' for a holiday named as a whole: "Christmas Day", "New Year's Eve", "Lunar New Year". */
export function holidayType(words: string[]): EntityType | null {
  const n = words.length;
  if (n === 2 && FEAST_OPENS.has(words[0] ?? '') && DAY_WORDS.has(words[1] ?? '')) return 'event';
  const end = DAY_WORDS.has(words[n - 1] ?? '') ? n - 1 : n;
  // "New Year", "Lunar New Year" ("Chinese New Year" is trimmed of its people's word first);
  // not "Happy New Year", a greeting.
  const lunar = end === 3 && words[0] === 'Lunar';
  return (end === 2 || lunar) && words[end - 2] === 'New' && /^Year(?:['’]s)?$/u.test(words[end - 1] ?? '') ? 'event' : null;
}
