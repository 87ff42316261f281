// A price of one share ("$55 a share"), read by measure-phrases.ts as a seat's or a barrel's is.
import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict as storedVerdict } from '../../tests/support/stored-figures';

describe('a price a share', () => {
  const STORED = 'Nippon Steel agreed on Monday to buy U.S. Steel for $55 a share in cash. It tops the $35 a share in cash and stock that Cleveland-Cliffs offered in August.';
  it('is a price of one, as a seat or a barrel is', () => {
    expect(measure('Shareholders backed the offer of $55 a share in cash.', '$55')).toContain('per-share');
    expect(measure('Shareholders backed the offer of $55 per share.', '$55')).toContain('per-share');
    // Near case: a sum for a stake is no price of one share.
    expect(measure('It paid $55 million for a share of the venture.', '$55 million')).not.toContain('per-share');
  });
  it('agrees with the same price a share, whatever the clause speaks of', () => {
    const stored = storedFacts('2023-12-18', STORED);
    expect(storedVerdict(stored, 'The price is unchanged at $55 a share, or about $14.1 billion for the equity.', '$55')?.[0]).toBe('agrees');
    expect(storedVerdict(stored, 'Shareholders voted in favour of the offer of $55 a share in cash.', '$55')?.[0]).toBe('agrees');
    expect(storedVerdict(stored, 'Cliffs offered $35 a share in cash and stock in August 2023.', '$35')?.[0]).toBe('agrees');
  });
  it('is said before the sum as well: "a per-share price of $55", "a price per share of"', () => {
    expect(measure('Nippon Steel agreed to pay a per share price of $55 in cash.', '$55')).toContain('per-share');
    expect(measure('Nippon Steel offered a price per share of $55 in cash.', '$55')).toContain('per-share');
    expect(measure('The board backed a share price of $55.', '$55')).toContain('per-share');
    expect(measure('Oil rose to a per-barrel price of $80.', '$80')).toContain('per-barrel');
    // Near cases: a part of a sum, a whole price, and the market's price of the company's shares.
    expect(measure('The company received a share of $5 billion in revenue.', '$5 billion')).not.toContain('per-share');
    expect(measure('Nippon Steel paid a price of $14.1 billion for the company.', '$14.1 billion')).not.toContain('per-share');
    expect(measure("U.S. Steel's share price of $39.40 lagged the offer.", '$39.40')).not.toContain('per-share');
    const stored = storedFacts('2023-12-18', STORED);
    expect(storedVerdict(stored, 'Nippon Steel offered a price per share of $55 in cash.', '$55')?.[0]).toBe('agrees');
    expect(storedVerdict(stored, 'Nippon Steel offered a price per share of $50 in cash.', '$50')?.[0]).toBe('differs');
  });
  it('is not set against a price that is not one a share', () => {
    const stored = storedFacts('2023-12-18', STORED);
    expect(storedVerdict(stored, 'The price of the deal is $50.', '$50')).toBeNull();
    expect(storedVerdict(stored, 'The price of the deal is $50 a share.', '$50')?.[0]).toBe('differs');
  });
});
