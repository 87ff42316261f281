import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { prepositionObject } from './name-preposition-objects';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe("a preposition's object before a plural verb (name-preposition-objects)", () => {
  it('is no side that "were": a city stays a place', () => {
    expect(typed('Trains to Tucson were halted by the storm.')).toEqual([['Tucson', 'place']]);
    expect(typed('Buses bound for Omaha were turned back.')).toEqual([['Omaha', 'place']]);
  });

  // Must not change: a name that is the verb's subject is still a side.
  it('leaves the subject of the plural verb a side', () => {
    expect(typed('Tucson were the better side all night.')).toEqual([['Tucson', 'org']]);
    expect(prepositionObject('Trains to ')).toBe(true);
    expect(prepositionObject('Trains from ')).toBe(false); // GOVERNED_BEFORE's already
  });
});
