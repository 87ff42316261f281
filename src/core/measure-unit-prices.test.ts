import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'Regular gasoline averaged a record $5.02 a gallon in California in the week to June 13, the Energy Information Administration said.';

describe('a sum for one unit of goods', () => {
  it('is a price, said "a", "per" or "for a" with a size', () => {
    expect(measure('Arabica sold at $4.10 a pound on Tuesday.', '$4.10')).toContain('price');
    expect(measure('Growers were paid €1.80 per kilo.', '€1.80')).toContain('price');
    expect(measure('The store sold it for ¥4,285 for a 5-kilogram bag.', '¥4,285')).toContain('price');
  });
  it('lets a page that restates it without the word "price" meet the stored one', () => {
    const facts = storedFacts('2022-06-14', STORED);
    expect(verdict(facts, 'Drivers in California paid $5.02 a gallon last week.', '$5.02')?.[0]).toBe('agrees');
    expect(verdict(facts, 'Drivers in California paid $5.40 a gallon last week.', '$5.40')?.[0]).toBe('differs');
  });
  it('leaves a rate of pay or spending, an allowance and a sum of no unit alone', () => {
    expect(measure('Workers earn $20 an hour.', '$20')).not.toContain('price');
    expect(measure('The city spends $5 million a year on the park.', '$5 million')).not.toContain('price');
    expect(measure('Each family gets $1,200 a head.', '$1,200')).not.toContain('price');
    // The price of one seat is the seat's own (measure-per-one.ts), not a price of goods.
    expect(measure('Guests paid $90,000 each for a seat.', '$90,000')).not.toContain('price');
    expect(measure('The firm raised $40 million in a round led by Sequoia.', '$40 million')).not.toContain('price');
  });
});

describe('a sum "for a" one thing of no size', () => {
  it('is what that thing cost, no unit price another story\'s goods can meet', () => {
    expect(measure('The state paid $3 million for a bridge study.', '$3 million')).not.toContain('price');
    const rice = storedFacts('2025-05-12', 'Rice sold at about ¥2,000 a bag in May.');
    expect(verdict(rice, 'The town spent ¥2,000 for a new bench.', '¥2,000')).toBeNull();
    expect(verdict(rice, 'Shops sold rice for ¥2,000 for a 5-kilogram bag.', '¥2,000')?.[0]).toBe('agrees');
  });
});
