// "its first American Athletic Conference win", "the Southeastern Conference title": a
// conference of college sides is a league, a body, though "Conference" heads an event's name
// ("Munich Security Conference"). An "Athletic Conference" is always one; any other
// conference is one where a game's word follows it (a win, a loss, a title, a game, the
// standings). A record, a schedule, play or a lead belong to a meeting too ("the Paris Peace
// Conference record", "the Munich Security Conference schedule"), so after those the
// sentence around the name must speak of sport: a win-loss record ("went 6-2"), a season, a
// game, a coach. Used by mention-types.ts.

import type { EntityType } from './types';

const LEAGUE_WORDS = new Set(['Athletic', 'Athletics', 'Football', 'Basketball', 'Hockey', 'Baseball', 'Soccer']);
const GAME_AFTER =
  /^(?:['’]s)?\s+(?:win|wins|victory|victories|loss|losses|defeat|game|games|matchup|opener|title|titles|championship|championships|champion|champions|standings|rival|rivals|foe|foes|tournament|crown|teams|schools|sides|opponents?)\b/u;
const SHARED_AFTER = /^(?:['’]s)?\s+(?:schedule|play|record|lead|leader|leaders)\b/u;
// After the name only what a season's figures are counted in: "record for assists", "schedule for the season".
const SPORT_AFTER = /\b\d{1,2}[-–]\d{1,2}\b|\b(?:season|seasons|games|points|goals|assists|rebounds|touchdowns|yards)\b/iu;
const SPORT_BEFORE = /\b\d{1,2}[-–]\d{1,2}\b|\b(?:season|seasons|game|games|coach|coaches|team|teams|squad|win|wins|won|losses|lost|unbeaten|undefeated|ranked|bowl|points|goals|assists|rebounds|touchdowns|yards)\b/iu;

/** 'org' for a sports conference's name (`after` the text right after it, `before` the
 *  sentence's text before it), else null. */
export function athleticConference(words: readonly string[], after: string, before = ''): EntityType | null {
  if (words.length < 2 || words[words.length - 1] !== 'Conference') return null;
  if (LEAGUE_WORDS.has(words[words.length - 2] ?? '')) return 'org';
  return GAME_AFTER.test(after) || (SHARED_AFTER.test(after) && (SPORT_BEFORE.test(before) || SPORT_AFTER.test(after))) ? 'org' : null;
}
