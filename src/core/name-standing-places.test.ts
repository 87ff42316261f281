import { describe, expect, it } from 'vitest';
import { isCountryOrContinent } from './name-standing-places';

describe('a country or a continent after a word of standing', () => {
  it('is read from the countries and continents, not other words', () => {
    expect(isCountryOrContinent('Europe')).toBe(true);
    expect(isCountryOrContinent('Japan')).toBe(true);
    expect(isCountryOrContinent('Caribbean')).toBe(false);
    expect(isCountryOrContinent('Chartered')).toBe(false);
  });
});
