import { describe, expect, it } from 'vitest';
import { engineSize } from './figure-engine-sizes';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('engineSize', () => {
  it('reads a volume joined to an engine as its displacement', () => {
    const s = 'The recall covers trucks with 6.7-liter diesel engines and vans with 3.0-litre engines.';
    expect(engineSize(s, figureIn(s, '6.7-liter'))).toBe(true);
    expect(engineSize(s, figureIn(s, '3.0-litre'))).toBe(true);
  });
  it('leaves a pack and a spill alone', () => {
    const s = 'Shops sold the 2-litre bottles at cost after a 10,000-gallon spill.';
    expect(engineSize(s, figureIn(s, '2-litre'))).toBe(false);
    expect(engineSize(s, figureIn(s, '10,000-gallon'))).toBe(false);
  });
  it('leaves a fluid for engines a pack, and keeps an engine followed by other words', () => {
    const oil = 'The shop sold 5-litre engine oil jugs and 4-liter motor oil bottles, and 2-litre engine coolant.';
    expect(engineSize(oil, figureIn(oil, '5-litre'))).toBe(false);
    expect(engineSize(oil, figureIn(oil, '4-liter'))).toBe(false);
    expect(engineSize(oil, figureIn(oil, '2-litre'))).toBe(false);
    const cars = 'Cars with 2.0-litre engines sold since 2009 and a 1.6-liter diesel engine block were named.';
    expect(engineSize(cars, figureIn(cars, '2.0-litre'))).toBe(true);
    expect(engineSize(cars, figureIn(cars, '1.6-liter'))).toBe(true);
  });
});

describe('an engine size against the stored one', () => {
  const stored = storedFacts('2024-03-02', 'The regulator ordered the recall of about 90,000 pickups with 6.7-liter diesel engines, the agency said.');
  it('agrees with the same size, whoever the sentence before names', () => {
    expect(verdict(stored, 'Owners of trucks with 6.7-liter diesel engines will be contacted by mail.', '6.7-liter', 'The Transport Ministry of Canada said on Monday it had begun its own review.')?.[0]).toBe('agrees');
  });
  it('says nothing of another engine: a 5.0-liter one is other trucks, not a wrong figure', () => {
    expect(verdict(stored, 'Pickups with 5.0-liter engines are not affected.', '5.0-liter')).toBeNull();
  });
  it('leaves an engine oil jug of the same volume no figure to judge', () => {
    const engines = storedFacts('2024-03-02', 'The settlement covers about 80,000 cars with 3.0-litre engines, the agency said.');
    expect(verdict(engines, 'The shop sells a 3.0-litre engine oil jug for $30.', '3.0-litre')).toBeNull();
  });
  it('leaves a pack size no figure to judge', () => {
    const drinks = storedFacts('2024-03-02', 'The chain sold 2-litre bottles of cola for $1 during the heat wave.');
    expect(verdict(drinks, 'Shoppers queued for 2-litre bottles of water.', '2-litre')).toBeNull();
  });
});
