import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a page cap against a stored cap of another basis', () => {
  const perViolation = storedFacts('2024-02-01', 'Under the rule, polluters face fines of up to $500 per violation, the agency said.');
  it('says nothing of a cap per day against a cap per violation', () => {
    expect(verdict(perViolation, 'Under the rule, polluters face fines of up to $1,000 per day, the agency said.', 'up to $1,000')).toBeNull();
  });
  it('still differs from a cap of the same basis, and a cap per thing named two ways', () => {
    expect(verdict(perViolation, 'Under the rule, polluters face fines of up to $1,000 per violation, the agency said.', 'up to $1,000')?.[0]).toBe('differs');
    expect(verdict(perViolation, 'Under the rule, polluters face fines of up to $1,000 per breach, the agency said.', 'up to $1,000')?.[0]).toBe('differs');
    const perDay = storedFacts('2024-02-01', 'Under the rule, polluters face fines of up to $500 a day, the agency said.');
    expect(verdict(perDay, 'Under the rule, polluters face fines of up to $1,000 per day, the agency said.', 'up to $1,000')?.[0]).toBe('differs');
  });
});
