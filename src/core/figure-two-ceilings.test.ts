import { describe, expect, it } from 'vitest';
import { twoCeilings } from './figure-two-ceilings';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('twoCeilings', () => {
  it('are two caps when both are ceilings of other values', () => {
    expect(twoCeilings('max', 'max', 44_539, 37_500)).toBe(true);
    expect(twoCeilings('below', 'max', 500, 400)).toBe(true);
  });
  it('leave one ceiling, floors and the same cap alone', () => {
    expect(twoCeilings('max', null, 44_539, 37_500)).toBe(false);
    expect(twoCeilings('max', 'min', 44_539, 37_500)).toBe(false);
    expect(twoCeilings('max', 'max', 37_500, 37_500)).toBe(false);
  });
});

describe('a page cap against a stored one', () => {
  const stored = storedFacts('2024-02-01', 'Under the law, landlords who break the rules face fines of up to $12,500 per flat, the housing ministry said.');
  it('differs from a lower stored cap instead of agreeing with it', () => {
    expect(verdict(stored, 'Landlords who break the rules now face fines of up to $15,875 per flat, the ministry said.', 'up to $15,875')?.[0]).toBe('differs');
  });
  it('agrees with the same cap, and a stored exact sum still meets a page cap above it', () => {
    expect(verdict(stored, 'Landlords who break the rules face fines of up to $12,500 per flat, the ministry said.', 'up to $12,500')?.[0]).toBe('agrees');
    const exact = storedFacts('2024-02-01', 'The landlord was fined $11,000 per flat for breaking the rules, the housing ministry said.');
    expect(verdict(exact, 'Landlords who break the rules face fines of up to $12,500 per flat, the ministry said.', 'up to $12,500')?.[0]).toBe('agrees');
  });
});
