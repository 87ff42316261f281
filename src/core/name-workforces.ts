// "Nurses at Kaiser Permanente walked out", "Kaiser Permanente nurses", "machinists at
// Dorvex": a workforce is an employer's, so the name that employs it is a body. The cue
// list of entity-cues (STAFF_AT) holds the office trades; these are the trades that strike
// and bargain, and the name before them as their employer. A title or an age still
// outweighs the two votes. Used by entity-typing.ts.

import { INLINE_SPACE as S } from './inline-space';

const TRADES = 'nurses|workers|employees|machinists|pilots|drivers|cashiers|technicians|mechanics|miners|dockworkers|staffers|teachers|clerks';
// The trade, its preposition and the name share a line (a heading's last word is no trade's);
// the vetoes below read across lines, as they only ever take a vote away.
const TRADE_AT = new RegExp(String.raw`\b(?:${TRADES})${S}(?:at|for)${S}(?:the${S})?$`, 'i');
// … not a verb with its object: "Ann Hale nurses her mother", "Ruiz pilots the plane".
const TRADE_AFTER = new RegExp(String.raw`^${S}(?:${TRADES})\b(?!\s+(?:her|his|their|its|the|a|an|them|him)\b)`);

// A candidate's people, not an employer's: "campaign workers for Kamala Harris", "Harris
// staffers" (a politician's staff, as news calls them).
const CAMPAIGN_FOR = /\b(?:campaign|volunteer)\s+\p{L}+\s+for\s+(?:the\s+)?$/iu;
const STAFFERS_AFTER = /^\s+staffers\b/;

/** The votes for a body a workforce's words around a name give (0 or 2). */
export function workforceVote(before: string, after: string): number {
  if (CAMPAIGN_FOR.test(before) || STAFFERS_AFTER.test(after)) return 0;
  return TRADE_AT.test(before) || TRADE_AFTER.test(after) ? 2 : 0;
}
