// A game's result said right after a name: "Lee Man drew 1-1 with Southern", "Tai Po lost 2-0
// at home", "Kitchee beat Eastern 3-1". Only a side wins, draws or loses by a score, so the
// name is a team's (an org), and a lone sentence opener followed by it is a name. Not a
// player's: a match of sets or frames gives its score twice or more ("beat Ruud 6-3, 6-4")
// and is left to the other cues, as is one set, frame or tiebreak of it ("Alcaraz won the
// first set 6-3") and a vote's tally ("Harris won 51-48 in the poll"); those still say the
// opener is a name. Nor a snooker or darts player's, whose match has one score of frames or
// legs: the clause goes on about the winner as "his" or "her" ("beat Selby 10-7 to win his
// first title"), where a side's is "its" or "their" (a name in between may own the "his"). Used by entity-typing.ts and name-openers.ts.

import { INLINE_SPACE as S } from './inline-space';

const RESULT_AFTER = new RegExp(
  String.raw`^${S}(?:(?:have|has|had)${S})?(?:beat|beaten|drew|drawn|lost|won|edged|thrashed|routed|defeated|downed|held)${S}` +
    // The opponent or a few words ("at home to", "with"), then the score in the same clause.
    String.raw`(?:[^\d.;:!?\n]{0,40}?${S})??\d{1,2}[-–]\d{1,2}(?![-–\d])(?!,?${S}\d{1,2}[-–]\d)`,
  'u',
);
// The sentence's words that make the score a part of a player's match or a vote's count.
const CLAUSE = /^[^.;!?\n]*/u;
const PART_OR_VOTE = /\b(?:sets?|frames?|tie-?breaks?|tiebreakers?|rubbers?|votes?|voting|ballots?|polls?|primary|primaries|runoffs?|caucus(?:es)?|elections?|referendum)\b/iu;

// A player's possessive after the score, no capital before it.
const PLAYERS_SCORE = /\d{1,2}[-–]\d{1,2}[^\p{Lu}]*?\b(?:his|her)\b/u;

/** Whether the words after a name say it won, drew or lost by a score, whoever it is. */
export function resultAfter(after: string): boolean {
  return RESULT_AFTER.test(after);
}

/** Whether the words after a name say it won, drew or lost a game by a score: a side's. */
export function sideResultAfter(after: string): boolean {
  const clause = CLAUSE.exec(after)?.[0] ?? '';
  return RESULT_AFTER.test(after) && !PART_OR_VOTE.test(clause) && !PLAYERS_SCORE.test(clause);
}

// "THW Kiel beat SG Flensburg-Handewitt 31-28": the side beaten, with the one score right
// after it. A player is beaten too ("beat Sinner in the final", "beat Ruud 6-3, 6-4"), so
// "beat" alone before a name says nothing.
const BEATEN_BEFORE = new RegExp(String.raw`\b(?:beat|beating|beaten)${S}(?:by${S})?$`, 'iu');
const SCORE_NEXT = new RegExp(String.raw`^${S}\d{1,2}[-–]\d{1,2}(?![-–\d])(?!,?${S}\d{1,2}[-–]\d)`, 'u');

/** Whether the name between `before` and `after` is a side beaten by a game's score. */
export function beatenSide(before: string, after: string): boolean {
  const clause = CLAUSE.exec(after)?.[0] ?? '';
  return BEATEN_BEFORE.test(before) && SCORE_NEXT.test(after) && !PART_OR_VOTE.test(clause) && !PLAYERS_SCORE.test(clause);
}
