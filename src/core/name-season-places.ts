// "near Spring Hill", "Spring Valley", "the Summer Palace", "Winter Park": a season's word
// right before a place's head word is the first word of the place's name, where alone it is
// the calendar's ("in Spring", "Summer talks") and ends a run. So is a feast's
// ("Christmas Island", "Easter Island"), where "Christmas" alone was read as the date and
// left "Island" as the name.

import { PLACE_HEADS } from './entity-cues';
import { SEASON_WORDS } from './calendar-words';

const FEAST_WORDS = new Set(['Christmas', 'Easter']);
const NEXT_WORD = /^[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}’'-])/u;

/** Whether season or feast word `word`, with `after` the text right after it, opens a place's name. */
export function seasonOpensPlace(word: string, after: string): boolean {
  if (!SEASON_WORDS.has(word) && !FEAST_WORDS.has(word)) return false;
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && PLACE_HEADS.has(next);
}
