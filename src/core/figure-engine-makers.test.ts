import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('an engine size of vehicles a name gives to a maker', () => {
  const cars = storedFacts('2024-03-02', 'The settlement covers about 80,000 cars with 3.0-litre engines, the agency said.');
  it('says nothing of the same size in another maker\'s vehicles', () => {
    expect(verdict(cars, 'The notice covers Jeep Grand Cherokee sport utility vehicles and Ram pickups with 3.0-litre engines from the 2014 to 2016 model years.', '3.0-litre')).toBeNull();
    expect(verdict(cars, 'It also named the Ford\u2019s 3.0-litre engines.', '3.0-litre')).toBeNull();
    const vw = storedFacts('2024-03-02', 'The deal covers Volkswagen Touareg cars with 3.0-litre engines, the agency said.');
    expect(verdict(vw, 'The recall covers Porsche Cayenne cars with 3.0-litre engines, the agency said.', '3.0-litre')).toBeNull();
  });
  it('agrees where neither phrase names a maker, or both the same one, whatever opens the sentence', () => {
    expect(verdict(cars, 'Regulators said cars with 3.0-litre engines would be fixed.', '3.0-litre')?.[0]).toBe('agrees');
    expect(verdict(cars, 'Owners of cars with 3.0-litre engines will get letters.', '3.0-litre', 'Fiat Chrysler said on Monday it would fight the notice.')?.[0]).toBe('agrees');
    const vw = storedFacts('2024-03-02', 'The deal covers Touareg cars with 3.0-litre engines, the agency said.');
    expect(verdict(vw, 'The recall covers Touareg cars with 3.0-litre engines, the agency said.', '3.0-litre')?.[0]).toBe('agrees');
  });
  it('reads a maker on the engine\'s line only: a heading\'s last word is no maker', () => {
    expect(verdict(cars, 'Notes on Ford\ncars with 3.0-litre engines would be fixed.', '3.0-litre')?.[0]).toBe('agrees');
    expect(verdict(cars, 'Notes on Ford\n3.0-litre engines would be fixed.', '3.0-litre')?.[0]).toBe('agrees');
    expect(verdict(cars, 'Notes on Ford cars with 3.0-litre engines would be fixed.', '3.0-litre')).toBeNull();
  });
});
