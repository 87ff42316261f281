// Which election a figure is of. "Hamburg's state election" is not "Germany's federal
// election", though both give shares, seats, turnout and a 5% hurdle, and a story names its
// election once, in its lead: "Turnout was 67.7%" two sentences on is the state election's.
// Two figures of elections of different levels are never one figure.

import { INLINE_SPACE as S } from './inline-space';

/** Marks the level of a figure's election in its measure word list; no text yields it. */
export const ELECTION_MARK = 'election-of:';

// One level by several names: a country's federal, general or parliamentary election is one.
const LEVELS: Record<string, string> = {
  federal: 'national', general: 'national', national: 'national', parliamentary: 'national', legislative: 'national',
  state: 'regional', regional: 'regional', provincial: 'regional',
  local: 'local', municipal: 'local', mayoral: 'local',
  presidential: 'presidential',
};
const KIND = new RegExp(String.raw`\b(${Object.keys(LEVELS).join('|')})${S}elections?\b`, 'gi');
// "won Hamburg's state election …, a week after the party's heavy defeat in the federal
// election": an election named after a time word is another moment's, set beside the story's.
const AT_ANOTHER_TIME = /\b(?:after|before|since|following|than)\b[^,;:.!?\u2014]*$/i;

/** The levels of the elections `text` names as its own, with where each is named. */
function levelsIn(text: string): { at: number; level: string }[] {
  return [...text.matchAll(KIND)]
    .filter((m) => !AT_ANOTHER_TIME.test(text.slice(Math.max(0, m.index - 80), m.index)))
    .map((m) => ({ at: m.index, level: LEVELS[(m[1] as string).toLowerCase()] as string }));
}

/** The election mark of a figure at `at` of `sentence`: the level its sentence names, the
 *  nearest before it first; else the one the text before (`earlier`, in order) names last. */
export function electionMarks(sentence: string, at: number, earlier: readonly string[]): string[] {
  const own = levelsIn(sentence);
  const found = own.filter((l) => l.at < at).pop() ?? own[0] ?? earlier.flatMap((t) => levelsIn(t)).pop();
  return found === undefined ? [] : [`${ELECTION_MARK}${found.level}`];
}
