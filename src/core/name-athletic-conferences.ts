// "its first American Athletic Conference win", "the Southeastern Conference title": a
// conference of college sides is a league, a body, though "Conference" heads an event's name
// ("Munich Security Conference"). An "Athletic Conference" is always one; any other
// conference is one where a game's word follows it (a win, a loss, a title, a game, the
// standings). A record, a schedule, play or a lead belong to a meeting too ("the Paris Peace
// Conference record", "the Munich Security Conference schedule"), so after those the
// sentence around the name must speak of sport: a win-loss record ("went 6-2"), a season, a
// game, a coach. Used by mention-types.ts.

import type { EntityType } from './types';
import { INLINE_SPACE as S } from './inline-space';

const LEAGUE_WORDS = new Set(['Athletic', 'Athletics', 'Football', 'Basketball', 'Hockey', 'Baseball', 'Soccer']);
const GAME_AFTER =
  new RegExp(String.raw`^(?:['’]s)?${S}(?:win|wins|victory|victories|loss|losses|defeat|game|games|matchup|opener|title|titles|championship|championships|champion|champions|standings|rival|rivals|foe|foes|tournament|crown|teams|schools|sides|opponents?)\b`, 'u');
const SHARED_AFTER = new RegExp(String.raw`^(?:['’]s)?${S}(?:schedule|play|record|lead|leader|leaders)\b`, 'u');
// A win-loss record ("went 6-2"), not a date's range ("March 3-4") or a court's split ("a 5-4
// ruling"). Before the name no word that news of markets or talks uses as well ("shares won",
// "fell 3 points", "losses"): only a game's own words.
const WIN_LOSS = String.raw`(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t])\b\d{1,2}[-–]\d{1,2}\b(?![ \t]+(?:ruling|rulings|vote|votes|decision|majority|split))`;
// After the name only what a season's figures are counted in: "record for assists", "schedule for the season".
const SPORT_AFTER = new RegExp(String.raw`${WIN_LOSS}|\b(?:season|seasons|games|points|goals|assists|rebounds|touchdowns|yards)\b`, 'iu');
// "went 2-1 in Southeastern Conference play": play in a conference is its games.
const IN_PLAY_BEFORE = /\bin[ \t]+(?:the[ \t]+)?$/u;
const PLAY_AFTER = new RegExp(String.raw`^${S}play\b`, 'u');
const SPORT_BEFORE = new RegExp(String.raw`${WIN_LOSS}|\b(?:season|seasons|game|games|coach|coaches|team|teams|squad|unbeaten|undefeated|bowl|goals|assists|rebounds|touchdowns|yards)\b`, 'iu');

/** 'org' for a sports conference's name (`after` the text right after it, `before` the
 *  sentence's text before it), else null. */
export function athleticConference(words: readonly string[], after: string, before = ''): EntityType | null {
  if (words.length < 2 || words[words.length - 1] !== 'Conference') return null;
  if (LEAGUE_WORDS.has(words[words.length - 2] ?? '')) return 'org';
  return GAME_AFTER.test(after) || (SHARED_AFTER.test(after) && (SPORT_BEFORE.test(before) || SPORT_AFTER.test(after) || (PLAY_AFTER.test(after) && IN_PLAY_BEFORE.test(before)))) ? 'org' : null;
}
