import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a count said as a total on one side only', () => {
  it('agrees where the page restates the same count "in all" or over days', () => {
    const facts = storedFacts('2024-05-02', 'Of the 48,000 barrels recovered since the spill, only about a third had been treated.');
    expect(verdict(facts, 'Crews recovered 48,000 barrels in all, the company said.', '48,000 barrels')?.[0]).toBe('agrees');
    const area = storedFacts('2024-05-02', 'Planes searched more than 2,000 square miles of ocean for the boat.');
    expect(verdict(area, 'The search had covered more than 2,000 square miles in three days.', 'more than 2,000 square miles')?.[0]).toBe('agrees');
  });
  it('keeps a total of another value apart, and a share or a sum of the same value', () => {
    const facts = storedFacts('2024-05-02', 'Of the 48,000 barrels recovered since the spill, only about a third had been treated.');
    expect(verdict(facts, 'Crews recovered 61,000 barrels in all, the company said.', '61,000 barrels')).toBeNull();
    const raise = storedFacts('2023-10-30', "GM's agreement raises base wages by 25% over a contract that runs until April 2028.");
    expect(verdict(raise, 'Machinists rejected a contract that would have raised their pay by 25% over four years.', '25%')).toBeNull();
    const fines = storedFacts('2024-03-04', 'The commission fined the company €2 billion over its music store.');
    expect(verdict(fines, 'The company has been fined €2 billion in four cases since 2017.', '€2 billion')).toBeNull();
  });
});
