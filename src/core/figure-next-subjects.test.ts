import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { dateOfNextSubject } from './figure-next-subjects';

const STORED = storedFacts('2026-10-02', 'Delegates arrived in Nairobi for the water summit, which is due to close on October 14.');

describe('a date in a sentence about the next of something', () => {
  it('is no verdict on this one\'s date, however far from "next"', () => {
    expect(verdict(STORED, 'The next summit, the sixth, will be held in Lima, Peru, in October 2027.', 'October 2027')).toBeNull();
    expect(verdict(STORED, 'NAIROBI — The next water summit, the sixth, opens in Lima in October 2027.', 'October 2027')).toBeNull();
  });

  it('leaves a date of this one to be judged', () => {
    expect(verdict(STORED, 'The summit, the fifth, will now close in Nairobi on October 16.', 'October 16')?.[0]).toBe('differs');
  });

  it('leaves a sentence opening on the next day or week to be judged', () => {
    expect(verdict(STORED, 'The next day, delegates left Nairobi, where the summit had closed on October 16.', 'October 16')?.[0]).toBe('differs');
    const s = 'The next two weeks, until the vote on May 9, will decide it.';
    expect(dateOfNextSubject(s, s.indexOf('May'))).toBe(false);
  });

  it('reads only the subject at the sentence\'s start', () => {
    const s = 'The summit closed on October 14, and the next one opens in 2027.';
    expect(dateOfNextSubject(s, s.indexOf('October'))).toBe(false);
    const t = 'Its next session, in Geneva, opens on March 3.';
    expect(dateOfNextSubject(t, t.indexOf('March'))).toBe(true);
  });
});
