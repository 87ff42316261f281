// A vote's tally is a figure to check; a match score is not.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const VOTE = storedFacts('2025-09-17', 'WASHINGTON — The Federal Reserve cut its rate on Wednesday.', 'The committee voted 11-1 for the move.');

describe('a vote tally', () => {
  it('agrees only with both sides equal', () => {
    expect(verdict(VOTE, 'Miran was the lone dissent in the 11-1 vote.', '11-1')).toEqual(['agrees', 'same tally']);
    expect(verdict(VOTE, 'The committee voted 10-2.', '10-2')).toEqual(['differs', 'stored tally is 11-1']);
  });
  it('is not a match score', () => {
    expect(verdict(VOTE, 'The home side won the match 11-1.', '11-1')).toBeNull();
  });
});
