import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = storedFacts('2024-06-03', 'Donations to the hospital appeal reached $250 million by the end of May.');

describe('bought gifts', () => {
  it('are spending, not donations', () => {
    expect(measure('Holiday shoppers spent $180 million on gifts in the city.', '$180 million')).not.toContain('donation');
    expect(verdict(STORED, 'Holiday shoppers spent $180 million on gifts in the city.', '$180 million')).toBeNull();
    expect(verdict(STORED, 'The chain sold $250 million of gift cards last year.', '$250 million')).toBeNull();
  });

  it('leave gifts given a donation', () => {
    expect(measure('The appeal counted $240 million in gifts from 9,000 donors.', '$240 million')).toContain('donation');
    expect(verdict(STORED, 'The appeal counted $240 million in gifts from 9,000 donors.', '$240 million')?.[0]).toBe('differs');
    expect(measure('Donors spent weeks on the appeal, and $240 million was donated in gifts.', '$240 million')).toContain('donation');
  });
});
