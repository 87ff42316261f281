// A bare number "of which" a counted figure is a part of that figure's whole.
import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a part "of which" a whole', () => {
  it('counts what the whole counts: "a convoy of 60 trucks, 14 of which"', () => {
    expect(measureIn('The convoy had 60 trucks, 14 of which were turned back.', '14')).toContain('counts:trucks');
    expect(measureIn('The ferry carried 120 passengers, 12 of whom were hurt.', '12')).toContain('counts:passengers');
  });
  it('needs the whole right before it', () => {
    expect(measureIn('The convoy had 60 trucks on Monday, and 14 of which were turned back.', '14')).not.toContain('counts:trucks');
    expect(measureIn('Officials said 14 of which were turned back.', '14').some((w) => w.startsWith('counts:'))).toBe(false);
  });
  it('agrees with the stored count of the same things', () => {
    const stored = storedFacts('2024-03-02', 'The freight train, about 90 wagons long, came off the line at dusk, and 23 of its wagons left the tracks.');
    expect(verdict(stored, 'The train of 88 wagons, 23 of which left the rails, was carrying grain.', '23')).toEqual(['agrees', 'same figure']);
  });
});
