// A rocket's flights, launches and missions are one count; they differ only where both say
// what happened to them (flown, ordered).
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = storedFacts(
  '2025-03-07',
  'Arianespace plans five Ariane 6 launches this year. The company had orders for 30 Ariane 6 flights.',
  'SpaceX flew 134 orbital missions in 2024.',
);

describe('flights, launches and missions', () => {
  it('agree under another of the three names', () => {
    expect(verdict(STORED, 'The rocket made its fourth flight this year, against five missions planned.', 'five missions')?.[0]).toBe('agrees');
  });
  it('differ when both say they were flown, or both ordered', () => {
    expect(verdict(STORED, 'SpaceX has flown more than 150 orbital launches this year.', 'more than 150')?.[0]).toBe('differs');
    expect(verdict(STORED, 'Its order book now stands at 32 flights.', '32 flights')?.[0]).toBe('differs');
  });
  it('say nothing where the page does not say what happened', () => {
    expect(verdict(STORED, 'The rocket has 32 flights on its books.', '32 flights')).toBeNull();
  });
});
