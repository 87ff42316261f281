import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an unknown capitalised word between an article and a farm animal', () => {
  it('is its breed, unmarked ("A Corriedale ram", "the Dorper ewes")', () => {
    expect(typed('A Corriedale ram bred near Sonora sold for a record.')).toEqual([['Sonora', 'place']]);
    expect(typed('He sheared the Dorper ewes on Monday.')).toEqual([]);
  });

  it('stays a name where the word is known, ends in a head word or no animal follows ("a Texas ram", "the Wall Street bull", "a Halden spokesman")', () => {
    expect(typed('He bought a Texas ram at the sale.')).toEqual([['Texas', 'place']]);
    expect(typed('A Halden spokesman said the plant would close.')).toEqual([['Halden', 'org']]);
    expect(typed('The tourists posed with the Wall Street bull.')).toEqual([['Wall Street', 'place']]);
  });
});
