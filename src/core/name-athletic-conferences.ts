// "its first American Athletic Conference win", "the Southeastern Conference title": a
// conference of college sides is a league, a body, though "Conference" heads an event's name
// ("Munich Security Conference"). An "Athletic Conference" is always one; any other
// conference is one where a game's word follows it (a win, a loss, a title, a game, the
// standings). Used by mention-types.ts.

import type { EntityType } from './types';

const LEAGUE_WORDS = new Set(['Athletic', 'Athletics', 'Football', 'Basketball', 'Hockey', 'Baseball', 'Soccer']);
const GAME_AFTER =
  /^(?:['’]s)?\s+(?:win|wins|victory|victories|loss|losses|defeat|game|games|matchup|opener|title|titles|championship|championships|champion|champions|standings|schedule|play|rival|rivals|foe|foes|tournament|record|lead|leader|leaders|crown|teams|schools|sides|opponents?)\b/u;

/** 'org' for a sports conference's name, else null. */
export function athleticConference(words: readonly string[], after: string): EntityType | null {
  if (words.length < 2 || words[words.length - 1] !== 'Conference') return null;
  if (LEAGUE_WORDS.has(words[words.length - 2] ?? '')) return 'org';
  return GAME_AFTER.test(after) ? 'org' : null;
}
