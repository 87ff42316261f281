import { describe, expect, it } from 'vitest';
import { capsOfOtherBases } from './figure-cap-bases';
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

describe('capsOfOtherBases', () => {
  const day = 'Fines of up to $1,000 per day apply.';
  const thing = 'Fines of up to $500 per violation apply.';
  it('reads a cap\'s words on one line', () => {
    expect(capsOfOtherBases({ text: 'up to $1,000', end: 21 }, day, { text: 'up to $500', end: 19 }, thing)).toBe(true);
    expect(capsOfOtherBases({ text: 'up\nto $1,000', end: 21 }, day, { text: 'up to $500', end: 19 }, thing)).toBe(false);
    expect(capsOfOtherBases({ text: 'up to\n$1,000', end: 21 }, day, { text: 'up to $500', end: 19 }, thing)).toBe(false);
  });
});
