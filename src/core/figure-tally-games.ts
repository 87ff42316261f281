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
import { INLINE_SPACE as S } from './inline-space';

/** Marks a count of medals won at other Games or over a career, in its measure word list. */
export const OTHER_GAMES_TALLY = 'medal-tally-other-games';

/** Marks, with its year, a tally of the Games of a year: "won 10 golds at the 2024 Games" is
 *  another Games' tally only if the story is not of 2024 (figure-measured.ts reads it against
 *  a stored article's date; a page's own year is not known). */
export const GAMES_YEAR_MARK = 'medal-tally-year:';
// The year is all that sets the tally apart: no career, no "previous Games", no "ago", no
// "since 2024" (a count over years).
const YEAR_ONLY = new RegExp(String.raw`^(?:(?:in|at)${S}(?:the${S})?)?((?:19|20)\d\d)(?:${S}(?:Games|Olympics|Winter|Summer))?$`, 'i');

const OTHER_MEET = new RegExp(String.raw`\b(?:championships?|cup|Open|trials|league|grand${S}prix|season|Paralympics?|Paralympic|(?:Asian|Commonwealth|European|Youth|Pan${S}American)${S}Games)\b`, 'i');

/** OTHER_GAMES_TALLY for a count of medals `sentence` says was won at other Games or over a
 *  career, GAMES_YEAR_MARK and the year for one of the Games of a year it names, else null. */
export function otherGamesTally(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start'>): string | null {
  if (!isTallyUnit(q)) return null;
  const stop = sentence.slice(q.start).search(/[;\n]|\.(?:\s|$)/);
  const around = sentence.slice(Math.max(0, q.start - 60), stop < 0 ? undefined : q.start + stop);
  if (!OTHER_TIME.test(around) || !WON_BEFORE.test(sentence.slice(Math.max(0, q.start - 120), q.start))) return null;
  const times = [...around.matchAll(new RegExp(OTHER_TIME.source, 'gi'))].map((m) => YEAR_ONLY.exec(m[0])?.[1] ?? null);
  const year = times[0];
  // "at the 2024 European Championships", "the world championships in 2024", "the Paralympics":
  // a year's other meet is no Games of that year.
  if (OTHER_MEET.test(around)) return OTHER_GAMES_TALLY;
  return times.length === 1 && year !== null && year !== undefined ? `${GAMES_YEAR_MARK}${year}` : OTHER_GAMES_TALLY;
}

/** The Games year a tally's measure word names, when it is GAMES_YEAR_MARK's. */
export function gamesYearOf(word: string): string | null {
  return word.startsWith(GAMES_YEAR_MARK) ? word.slice(GAMES_YEAR_MARK.length) : null;
}

/** Whether two counts of medals are of different Games: a running tally against one of other
 *  Games, or two tallies of which only one says where. */
export function talliesOfOtherGames(page: Measured, stored: Measured): boolean {
  const tally = (m: Measured) => m.events.has(MEDAL_TALLY);
  const other = (m: Measured) => m.topics.has(OTHER_GAMES_TALLY);
  // Two tallies of known years are of one Games when the years are one.
  if (page.gamesYear !== null && stored.gamesYear !== null && (tally(page) || other(page)) && (tally(stored) || other(stored))) return page.gamesYear !== stored.gamesYear;
  if ((tally(page) && other(stored)) || (other(page) && tally(stored))) return true;
  return tally(page) && tally(stored) && placed(page) !== placed(stored);
}

// "at the Olympics", "at the Summer Games" name no Games of their own.
const ANY_GAMES = /^(?:(?:summer|winter|olympic|paralympic)\s+)?(?:olympics|paralympics|games)$/;
function placed(m: Measured): boolean {
  return [...m.places].some((p) => !ANY_GAMES.test(p));
}
