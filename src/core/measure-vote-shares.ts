// Shares of a vote named by its voters before them: "Of the members at GM who voted, 54.7%
// backed the deal, against about 69% at Ford" — every share of the sentence is of the votes
// cast, whatever its own clause says the voters backed, so it is no measure of the deal's
// terms ("a 25% raise"). Without the voters ("54.7% of the deal's cost") nothing changes.
// A mark, not the event "vote": a party's share "of the vote" stays comparable as it was.

import type { Quantity } from './types';

const OF_THOSE_WHO_VOTED = /^(?:[^.!?]*[,;]\s*)?[Oo]f\s+(?:the\s+|those\s+)?[^,.;]{0,60}?\bwho\s+(?:voted|cast\s+(?:a\s+)?ballots?)\b[^,.;]{0,40},/u;

/** Marks a share of the votes cast in its measure word list; the similarity keeps it apart
 *  from any share not so marked. */
export const VOTE_SHARE = 'share-of-votes';

/** VOTE_SHARE for a percentage in a sentence that opens its shares with "Of the … who voted,". */
export function voteShare(sentence: string, q: Pick<Quantity, 'form' | 'start'>): string | null {
  if (q.form !== 'percent') return null;
  const m = OF_THOSE_WHO_VOTED.exec(sentence);
  return m && m.index + m[0].length <= q.start ? VOTE_SHARE : null;
}
