import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a service capitalised by custom is no name', () => {
  it('drops "the first Mass", "Sunday Mass", "a requiem Mass"', () => {
    expect(typed('The first Mass is to be said on Sunday, Dec. 8.')).toEqual([]);
    expect(typed('Crowds gathered after Sunday Mass in Krakow.')).toEqual([['Krakow', 'place']]);
    expect(typed('Bishop Anne Dorr said a requiem Mass for the miners.')).toEqual([['Anne Dorr', 'person']]);
  });

  it('keeps the state\'s abbreviation, a hospital named with it and Massachusetts', () => {
    expect(typed('She lives in Worcester, Mass., with her son.')).toContainEqual(['Mass.', 'place']);
    expect(typed('Doctors at Mass General Brigham said the trial worked.')).toContainEqual(['Mass General Brigham', 'org']);
    expect(typed('Massachusetts voted on Tuesday.')).toEqual([['Massachusetts', 'place']]);
  });
});
