import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const units = (s: string) => findQuantities(s).map((q) => [q.text, q.unit]);

describe('measure units spelled as their singular', () => {
  it('are the unit after any number, not a modifier of the plural after them', () => {
    expect(units('The recall covers cars with 3.0 litre engines.')).toEqual([['3.0 litre', 'litre']]);
    expect(units('Its chip runs at 3 gigahertz, up from 100 megahertz.')).toEqual([['3 gigahertz', 'gigahertz'], ['100 megahertz', 'megahertz']]);
  });
  it('leave other singulars before a plural as they were', () => {
    expect(units('Officials issued 14 flood warnings.')).toEqual([['14', 'warnings']]);
    expect(units('The firm hired 40 sales staff.')).toEqual([['40', 'staff']]);
  });
});

describe('an engine size in either spelling, hyphened or spaced', () => {
  const cars = storedFacts('2024-03-02', 'The settlement covers about 80,000 cars with 3.0-litre engines, the agency said.');
  it('restates the stored size', () => {
    expect(verdict(cars, 'The recall covers cars with 3.0-liter engines, the agency said.', '3.0-liter')?.[0]).toBe('agrees');
    expect(verdict(cars, 'The recall covers cars with 3.0 litre engines, the agency said.', '3.0 litre')?.[0]).toBe('agrees');
    expect(verdict(cars, 'The recall covers cars with 3.0 liter engines, the agency said.', '3.0 liter')?.[0]).toBe('agrees');
  });
  it('says nothing where the volume is no engine\'s', () => {
    expect(verdict(cars, 'Shoppers bought 3.0 litre bottles of water.', '3.0 litre')).toBeNull();
  });
});
