// Fractions in words against stored percentages: a fraction is a rounding of a share, so it
// agrees with a stored percentage within two points of it (a tenth of it for small shares).
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const TURNOUT = storedFacts('2025-02-03', 'Turnout in the election reached 65% nationwide, officials said.');

describe('a fraction in words against a stored share', () => {
  it('agrees with a percentage it rounds', () => {
    expect(verdict(TURNOUT, 'Two-thirds of voters took part in the election, a turnout seen as high.', 'Two-thirds')).toEqual(['agrees', 'rounds 65%']);
    expect(verdict(TURNOUT, 'Turnout in the election was nearly two-thirds.', 'nearly two-thirds')).toEqual(['agrees', '65% is nearly two-thirds']);
  });
  it('differs from a percentage it does not round', () => {
    expect(verdict(TURNOUT, 'Turnout in the election was three-quarters.', 'three-quarters')).toEqual(['differs', 'stored figure is 65%']);
    expect(verdict(TURNOUT, 'Turnout in the election was a third of the electorate.', 'a third')).toEqual(['differs', 'stored figure is 65%']);
    expect(verdict(TURNOUT, 'Turnout in the election was more than two-thirds.', 'more than two-thirds')).toEqual([
      'differs', 'stored figure 65% is not more than two-thirds',
    ]);
  });
  it('compares a stored fraction with a page percentage', () => {
    const stored = storedFacts('2025-02-03', 'Turnout in the election reached two-thirds, officials said.');
    expect(verdict(stored, 'Turnout in the election was 67%.', '67%')).toEqual(['agrees', 'stored two-thirds rounds 67%']);
    expect(verdict(stored, 'Turnout in the election was 72%.', '72%')).toEqual(['differs', 'stored figure is two-thirds']);
  });
  it('does not compare a share of something else', () => {
    expect(verdict(TURNOUT, 'Two-thirds of the budget went to defence.', 'Two-thirds')).toBeNull();
  });
});
