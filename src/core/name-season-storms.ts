// "Winter Storm Uri", "Winter Storm Elliott": forecasters name winter storms as they name
// tropical ones, and the season's word is then the first word of the storm's name, where
// alone it is the calendar's ("in Winter", "Winter talks") and ends a run, leaving "Storm Uri".

import { SEASON_WORDS } from './calendar-words';

// "Storm" capitalised, then the storm's own capitalised name.
const STORM_NAME = /^[ \t\u00a0]+Storm[ \t\u00a0]+\p{Lu}\p{Ll}+/u;

/** Whether season word `word`, with `after` the text right after it, opens a named storm. */
export function seasonOpensStorm(word: string, after: string): boolean {
  return SEASON_WORDS.has(word) && STORM_NAME.test(after);
}

/** "Winter Storm Uri" as words: a season's word, "Storm", then a name; an event. */
export function isSeasonStorm(words: readonly string[]): boolean {
  return words.length > 2 && SEASON_WORDS.has(words[0] ?? '') && words[1] === 'Storm';
}
