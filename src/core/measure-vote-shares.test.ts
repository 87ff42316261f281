import { describe, expect, it } from 'vitest';
import { compareFigure, measureOf } from './facts';
import { VOTE_SHARE } from './measure-vote-shares';
import { figureIn as figure, storedFact } from './figure-test-kit';
import type { Fact } from './types';

// Every sentence is written for this test.
const RAISE = 'The agreement raises base wages by 25% over a contract that runs until 2028.';
const VOTES = 'Of the members at the plant who voted, 54.7% backed the deal, against about 25% at the other site.';
const COST = 'The union said 25% of the deal went to wages.';

const stored = (sentence: string, text: string): Fact => storedFact(sentence, text, { id: 'raise', date: '2023-10-30' });

describe('shares of a vote named by its voters', () => {
  it('are marked as such, every share after "Of the … who voted,"', () => {
    expect(measureOf(VOTES, figure(VOTES, '54.7%'))).toContain(VOTE_SHARE);
    expect(measureOf(VOTES, figure(VOTES, 'about 25%'))).toContain(VOTE_SHARE);
  });

  it('are not compared with a stored share of the deal ("a 25% raise")', () => {
    expect(compareFigure([stored(RAISE, '25%')], figure(VOTES, 'about 25%'), VOTES)).toEqual([]);
  });

  it('leaves a share without voters as it was', () => {
    expect(measureOf(COST, figure(COST, '25%'))).not.toContain(VOTE_SHARE);
    expect(measureOf(RAISE, figure(RAISE, '25%'))).not.toContain(VOTE_SHARE);
  });
});
