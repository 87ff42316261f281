import { describe, expect, it } from 'vitest';
import { placeIn, placesNested } from './figure-place-nesting';
import { PLACE_COUNTRY_CODES, PLACE_NAMES_HASH } from './figure-place-countries-data';
import { CITY_AND_REGION_NAMES } from './places-data';
import { fnv1a32 } from './text-hash';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 1,002 people, as rescuers dug through collapsed buildings in Mandalay.';

describe('the place countries data', () => {
  it('was built from the place names as they are (else run scripts/make-place-countries.mjs)', () => {
    // The hash scripts/make-place-countries.mjs computed over the names it read.
    expect(fnv1a32(CITY_AND_REGION_NAMES)).toBe(PLACE_NAMES_HASH);
    expect(PLACE_COUNTRY_CODES.split('|').length).toBe(CITY_AND_REGION_NAMES.split('|').length);
  });
});

describe('a place inside another', () => {
  it('is a city or region in its country, not a sibling or another country', () => {
    expect(placeIn('sagaing', 'myanmar')).toBe(true);
    expect(placeIn('bangkok', 'thailand')).toBe(true);
    expect(placeIn('bangkok', 'myanmar')).toBe(false);
    expect(placesNested(new Set(['sagaing']), new Set(['myanmar', 'mandalay']))).toBe(true);
    // Two regions of one country are not one inside the other.
    expect(placesNested(new Set(['sagaing']), new Set(['mandalay']))).toBe(false);
  });
});

describe("an event's own size said of a place inside the stored one", () => {
  it('is the stored magnitude: "near Sagaing" is in Myanmar', () => {
    const stored = storedFacts('2025-03-29', STORED);
    expect(verdict(stored, 'The magnitude 7.7 quake struck at a depth of 10 km near Sagaing, the USGS said.', '7.7')).toEqual(['agrees', 'same figure']);
    // Near case: a quake in another country is another quake.
    expect(verdict(stored, 'The magnitude 7.7 quake struck near Bangkok, the USGS said.', '7.7')).toBeNull();
  });
  it('leaves counts apart: the dead of a region are not the country’s', () => {
    const stored = storedFacts('2025-03-29', STORED);
    expect(verdict(stored, 'The quake killed at least 1,002 people in Sagaing, officials said.', 'at least 1,002 people')).toBeNull();
  });
});
