// "Pro Football Focus graded him", "Pro Football Focus said": a name with a sport's word
// inside it is a body's (an outlet, a league, a club), and with no head word of a body's
// nothing else typed it, so a speech verb or the default made it a person. A person may be
// surnamed for a sport ("Carl Golf"): a sport's word last of two words is left to the votes.
// Used by mention-types.ts, after every other rule of a name's form.

import { SPORTS } from './name-sports';

/** Whether a name's words hold a sport's word other than a two-word name's last. */
export function sportWordInName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const inside = words.length === 2 ? words.slice(0, 1) : words;
  return inside.some((w) => SPORTS.has(w));
}
