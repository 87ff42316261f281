import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { eventLemma } from './measure-lexicon';

describe('claims received', () => {
  const stored = storedFacts('2025-01-16', 'The insurer said it had received 3,500 claims from the two fires.');
  it('are what happened to the claims, so a later count differs', () => {
    expect(eventLemma('received')).toBe('received');
    expect(eventLemma('filed')).toBe('received');
    expect(verdict(stored, 'The insurer said it had received 4,900 claims from the January fires.', '4,900 claims')).toEqual(['differs', 'stored figure is 3,500']);
  });
  it('are not claims said to be something else ("denied 1,200 claims")', () => {
    expect(verdict(stored, 'The insurer has denied 2,200 claims so far.', '2,200 claims')).toBeNull();
  });
});
