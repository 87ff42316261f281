import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { pricedGoods } from './figure-priced-goods';

const STORED = storedFacts('2025-06-03', 'Retail prices for butter rose 12% in May from a year earlier, the statistics office said.');

describe('the price of other goods', () => {
  it('is no reading of a stored price of one thing', () => {
    expect(verdict(STORED, 'Wholesale cheese prices rose 9% from a year earlier, traders said.', '9%')).toBeNull();
    expect(verdict(STORED, 'Cheese prices rose 9% from a year earlier, traders said.', '9%')).toBeNull();
  });

  it('leaves a price of the same goods, or of goods unsaid, to be judged', () => {
    expect(verdict(STORED, 'Butter prices rose 9% in May, the office said.', '9%')?.[0]).toBe('differs');
    expect(verdict(STORED, 'Retail prices for butter rose 12% in May, the office said.', '12%')?.[0]).toBe('agrees');
  });

  it('reads the goods, not where or how the price is taken', () => {
    expect([...pricedGoods('Consumer prices for eggs and supermarket prices rose.')]).toEqual(['egg']);
    expect([...pricedGoods('The central bank said prices kept rising.')]).toEqual([]);
    expect([...pricedGoods('Coffee prices rose as Apple prices its phones higher.')]).toEqual(['coffee']);
    expect([...pricedGoods('PARIS — “Cheese prices and other prices rose,” he said.')]).toEqual(['cheese']);
    expect([...pricedGoods('Consumer prices rose.')]).toEqual([]);
  });
});
