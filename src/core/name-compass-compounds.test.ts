import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isCompassCompound } from './name-compass-compounds';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a compass point of two before a known place', () => {
  it('is one place with it, hyphenated or not', () => {
    expect(typed('Cod stocks in the North-East Atlantic fell again.')).toEqual([['North-East Atlantic', 'place']]);
    expect(typed('Typhoons form in the Northwest Pacific every summer.')).toEqual([['Northwest Pacific', 'place']]);
  });

  it('is a compass point only: "North", "Eastern" and other words are not', () => {
    expect(isCompassCompound('South-West')).toBe(true);
    expect(isCompassCompound('North')).toBe(false);
    expect(isCompassCompound('Northern')).toBe(false);
    expect(isCompassCompound('Eastwest')).toBe(false);
  });
});
