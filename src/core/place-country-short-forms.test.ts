import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { countryShortForms } from './place-country-short-forms';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a territory written with its country\'s short form', () => {
  it('gives the short forms of a name that opens with the country\'s full name', () => {
    expect(countryShortForms('United States Virgin Islands')).toEqual(['US Virgin Islands', 'U.S. Virgin Islands']);
    expect(countryShortForms('United States')).toEqual([]);
    expect(countryShortForms('Cayman Islands')).toEqual([]);
  });

  it('keeps "US Virgin Islands", "U.S. Virgin Islands" one place', () => {
    expect(typed('The storm reached the US Virgin Islands on Friday.')).toEqual([['US Virgin Islands', 'place']]);
    expect(typed('Ferries to the U.S. Virgin Islands stopped.')).toEqual([['U.S. Virgin Islands', 'place']]);
  });

  it('must not change: the country before another name stays apart, a firm keeps its name', () => {
    expect(typed('US officials flew to the Virgin Islands.')).toEqual([
      ['US', 'place'],
      ['Virgin Islands', 'place'],
    ]);
    expect(typed('US Steel said it would cut jobs.')).toEqual([['US Steel', 'org']]);
  });
});
