// Calendar words: weekdays, months, seasons and feasts, which are capitalised in English but
// name no one on their own. Split from entity-cues.ts; name-runs.ts reads most of them.

import { words } from './word-set';

/** Capitalised words that are not names on their own: weekdays, months, seasons. */
export const CALENDAR = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
  June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug.
  Sep. Sept. Oct. Nov. Dec. Spring Summer Autumn Winter Christmas Easter Ramadan Eid
  Hanukkah Passover Today Tonight Yesterday Tomorrow Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
`);
/** Calendar words running prose writes in lower case ("today", "last summer"), so a capital
 *  after a name's word mid-sentence makes them the name's own ("USA Today", "Prague Spring", "TGI Fridays"). */
export const DAY_WORDS = words('Today Tonight Yesterday Tomorrow Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays');
export const SEASON_WORDS = words('Spring Summer Autumn Winter');
/** Bare abbreviations are also given names ("Jan Paul van Hecke"): calendar only before a
 *  number ("Feb 4"). */
export const CALENDAR_ABBREVIATIONS = words(`
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
`);
