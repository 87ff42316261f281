import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'A 2-litre bottle of olive oil cost €14.50 in March, and growers sold 5 kilograms of olives for €9.';

describe('the size of a pack joined to its noun', () => {
  it('is no figure of the story, stored or on a page', () => {
    const facts = storedFacts('2024-04-02', STORED);
    expect(facts.map((f) => f.quantity.text)).not.toContain('2-litre');
    const bottle = storedFacts('2024-04-02', 'Shops sold the 2-litre bottle for €12 before the frost.');
    expect(verdict(bottle, 'A 2-litre bottle now costs €14.50 in Madrid.', '2-litre')).toBeNull();
    expect(verdict(bottle, 'Shoppers bought the 12-ounce can and a 40-pound sack.', '40-pound')).toBeNull();
  });
  it('leaves a weight or volume said as an amount a figure', () => {
    const facts = storedFacts('2024-04-02', STORED);
    expect(facts.map((f) => f.quantity.text)).toContain('5 kilograms');
    expect(verdict(facts, 'Growers sold 5 kilograms of olives for €9 at the market.', '5 kilograms')?.[0]).toBe('agrees');
  });
});

describe('a weight or volume joined to an event it measures', () => {
  it('stays a figure: a spill or a loss of that size is the story', () => {
    const facts = storedFacts('2024-04-02', 'A 10,000-gallon diesel spill fouled the river on Monday.');
    expect(verdict(facts, 'The 10,000-gallon spill fouled the river, officials said.', '10,000-gallon')?.[0]).toBe('agrees');
    const bottle = storedFacts('2024-04-02', 'Shops sold the 2-litre bottle for €12 before the frost.');
    expect(verdict(bottle, 'A 2-litre bottle now costs €14.50 in Madrid.', '2-litre')).toBeNull();
  });
});
