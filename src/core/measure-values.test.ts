import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = "Nippon Steel agreed on Monday to buy U.S. Steel for $55 a share in cash, a deal that values the American steelmaker's equity at about $14.1 billion, or $14.9 billion including its debt.";

describe('a deal value with or without the debt', () => {
  it('is read from the words that say what the value is taken over', () => {
    expect(measure(STORED, 'about $14.1 billion')).toContain('equity-value');
    expect(measure(STORED, '$14.9 billion')).toContain('with-debt');
    expect(measure('The price is unchanged at $55 a share, or about $14.1 billion for the equity.', 'about $14.1 billion')).toContain('equity-value');
    expect(measure('The deal values U.S. Steel at $14.9 billion with its debt.', '$14.9 billion')).toContain('with-debt');
    expect(measure('The deal gives the company an enterprise value of about $20 billion.', 'about $20 billion')).toContain('with-debt');
    // Near cases: a sum of debt, and a sum with no basis said.
    expect(measure('The company has $3 billion of debt.', '$3 billion')).not.toContain('with-debt');
    expect(measure('The vote clears a hurdle for the $14.1 billion deal.', '$14.1 billion')).not.toContain('equity-value');
  });
  it('agrees with the value on the same basis and is never set against the other', () => {
    const stored = storedFacts('2023-12-18', STORED);
    expect(verdict(stored, 'The union would keep opposing the deal, which values U.S. Steel at $14.9 billion with its debt.', '$14.9 billion')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The price is unchanged at $55 a share, or about $14.1 billion for the equity.', 'about $14.1 billion')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The deal values the company at $15.2 billion with its debt.', '$15.2 billion')).toEqual(['differs', 'stored figure is $14.9 billion']);
    // A value of no basis said may be either.
    expect(verdict(stored, 'The vote clears a hurdle for the $14.1 billion deal.', '$14.1 billion')?.[0]).toBe('agrees');
  });
});
