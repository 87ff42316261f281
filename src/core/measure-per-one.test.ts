import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a price of one said "for a …" after the sum', () => {
  it('is the price of one, with or without "each"', () => {
    expect(measure('Fans paid $450 for a ticket to the final.', '$450')).toContain('per-ticket');
    expect(measure('Guests paid $90,000 each for a seat on the flight.', '$90,000')).toContain('per-seat');
    expect(measure('Investors paid $30 for one share, the filing showed.', '$30')).toContain('per-share');
  });
  it('meets the price said "a seat" in the store', () => {
    const facts = storedFacts('2021-07-20', 'Virgin Galactic has sold tickets at $450,000 a seat to about 600 people.');
    expect(verdict(facts, 'Each of the customers paid $450,000 for a seat.', '$450,000')?.[0]).toBe('agrees');
    expect(verdict(facts, 'Each of the customers paid $250,000 for a seat.', '$250,000')?.[0]).toBe('differs');
  });
  it('leaves a stake, a sum for a trip and a sum a seat is bought with alone', () => {
    expect(measure('The fund paid $2 billion for a share of the bank.', '$2 billion')).not.toContain('per-share');
    expect(measure('The fund paid $2 billion for a share in the bank.', '$2 billion')).not.toContain('per-share');
    expect(measure('Each passenger paid $250,000 for the trip.', '$250,000')).not.toContain('per-seat');
    expect(measure('The party spent $3 million for a seat in the Senate race.', '$3 million')).not.toContain('per-seat');
  });
});
