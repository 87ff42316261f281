import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = storedFacts('2024-06-03', 'Of the $400 million donated to the museum, about $60 million is left, its director said.');

describe('sums left', () => {
  it('are marked after a form of “be” and “left”, not after “left” alone', () => {
    expect(measure('Of the $400 million donated, about $60 million is left.', 'about $60 million')).toContain('sum-left');
    expect(measure('About $60 million was still left for the roof.', 'About $60 million')).toContain('sum-left');
    expect(measure('The fraud left $60 million in debts.', '$60 million')).not.toContain('sum-left');
    expect(measure('Donations reached $400 million.', '$400 million')).toContain('donation');
  });

  it('a gift is no reading of what is left of the gifts', () => {
    expect(verdict(STORED, 'A single donation of $70 million came from a shipping family.', '$70 million')).toBeNull();
    expect(verdict(STORED, 'A single donation of $60 million came from a shipping family.', '$60 million')).toBeNull();
  });

  it('what is left is set against what was left', () => {
    expect(verdict(STORED, 'The auditor said about $45 million was left for the works still to come.', 'about $45 million')?.[0]).toBe('differs');
    expect(verdict(STORED, 'The auditor said about $60 million was left for the works still to come.', 'about $60 million')?.[0]).toBe('agrees');
  });

  it('gifts and donations are one measure', () => {
    const gifts = storedFacts('2024-06-03', 'Donations reached $400 million from about 9,000 donors.');
    expect(verdict(gifts, 'The museum counted $390 million in gifts from its donors.', '$390 million')?.[0]).toBe('differs');
  });
});
