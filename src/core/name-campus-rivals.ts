// "Penn State University at Rutgers kicked off at noon": a university "at" another school is
// a fixture, the home side after "at" as sports pages write it, not a campus (name-campuses.ts
// joins "Texas A&M University at Galveston", whose town the lexicon need not know). Where the
// town is no place the lexicon knows, it is a rival when the page names it as a school or a
// side of its own ("Rutgers University", "Rutgers coach …") or a game follows right after it
// (a score, "kicked off", "game"). A known town is left to name-campuses.ts.

// The name as a school or a side: "Rutgers University", "Rutgers State", "Rutgers coach".
const SIDE_AFTER = 'University|College|Institute|State|coach|quarterback|defense|defence|offense|offence|fans|players';
// A game right after the pairing: "at Rutgers kicked off at noon", "at Rutgers, 24-17", "at
// Rutgers game". Not further on: "… at Chapel Hill, which won 21-14 in the grants round".
const GAME_AFTER = /^\s*,?\s*(?:\d{1,3}\s*[-–]\s*\d{1,3}\b|(?:kick(?:ed|s)?\s+off|kickoff|tip(?:ped|s)?[\s-]off|tipoff|game|games|matchup|rivalry)\b)/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the town `name` after "University … at", ending at `end` in `text`, is a rival's
 *  or a fixture's (not a campus): the page names it as a school or a side, or a game follows. */
export function rivalAfterAt(name: string, text: string, end: number): boolean {
  if (GAME_AFTER.test(text.slice(end, end + 120))) return true;
  return new RegExp(`\\b${escape(name)}\\s+(?:${SIDE_AFTER})\\b`, 'u').test(text);
}
