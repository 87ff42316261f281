// Which Games a medal tally is of. A tally said of other Games or of a career ("won 39 medals
// at the 2018 Games", "11 medals in her career") is no running tally of these (figure-medal-
// tallies.ts) and was left unmarked, so the same count still met the stored running tally as
// a bare count: "Norway won 12 golds at the 2008 Beijing Games" agreed with Paris's "Norway won
// 12 golds". It is marked as another Games' count here. Likewise a tally placed at Games the
// other does not name: "Norway had 12 golds in Beijing" says where, the stored "Norway, the
// hosts, won 12 golds" does not, and which host a story's Games had is not in its sentence.

import { OTHER_TIME, WON_BEFORE, isTallyUnit, MEDAL_TALLY } from './figure-medal-tallies';
import type { Measured } from './figure-measured';
import type { Quantity } from './types';

/** Marks a count of medals won at other Games or over a career, in its measure word list. */
export const OTHER_GAMES_TALLY = 'medal-tally-other-games';

/** OTHER_GAMES_TALLY for a count of medals `sentence` says was won at other Games or over a
 *  career, else null. */
export function otherGamesTally(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start'>): string | null {
  if (!isTallyUnit(q)) return null;
  const stop = sentence.slice(q.start).search(/[;\n]|\.(?:\s|$)/);
  if (!OTHER_TIME.test(sentence.slice(Math.max(0, q.start - 60), stop < 0 ? undefined : q.start + stop))) return null;
  return WON_BEFORE.test(sentence.slice(Math.max(0, q.start - 120), q.start)) ? OTHER_GAMES_TALLY : null;
}

/** Whether two counts of medals are of different Games: a running tally against one of other
 *  Games, or two tallies of which only one says where. */
export function talliesOfOtherGames(page: Measured, stored: Measured): boolean {
  const tally = (m: Measured) => m.events.has(MEDAL_TALLY);
  const other = (m: Measured) => m.topics.has(OTHER_GAMES_TALLY);
  if ((tally(page) && other(stored)) || (other(page) && tally(stored))) return true;
  return tally(page) && tally(stored) && placed(page) !== placed(stored);
}

// "at the Olympics", "at the Summer Games" name no Games of their own.
const ANY_GAMES = /^(?:(?:summer|winter|olympic|paralympic)\s+)?(?:olympics|paralympics|games)$/;
function placed(m: Measured): boolean {
  return [...m.places].some((p) => !ANY_GAMES.test(p));
}
